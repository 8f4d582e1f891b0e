from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.data_collection import DataCollection, check_data_collection
from ..models.provider_sort import ProviderSort, check_provider_sort
from ..models.quantization import Quantization, check_quantization
from ..types import (
    CLOSED,
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.provider_max_price import ProviderMaxPrice
else:
    ProviderMaxPrice = _LazyModel(globals(), "provider_max_price", "ProviderMaxPrice")


@_attrs_define(repr=False, eq=False)
class ProviderPreferences(_ModelBase):
    """Provider routing preferences for the request.

    Attributes:
        allow_fallbacks (bool | None | Unset): Whether to fall back to other providers when the preferred ones fail.
        require_parameters (bool | None | Unset): Only use providers that support every parameter of the request.
        data_collection (DataCollection | Unset): Whether providers that may store or train on data are allowed.
        zdr (bool | None | Unset): Only use zero-data-retention endpoints.
        order (list[str] | Unset): Provider slugs to try, in order.
        only (list[str] | Unset): Provider slugs to allow exclusively.
        ignore (list[str] | Unset): Provider slugs to skip.
        quantizations (list[Quantization] | Unset): Quantization levels to allow.
        sort (ProviderSort | Unset): How to order candidate providers.
        max_price (ProviderMaxPrice | Unset): Price ceilings; providers above them are excluded.
    """

    allow_fallbacks: bool | None | Unset = UNSET
    require_parameters: bool | None | Unset = UNSET
    data_collection: DataCollection | Unset = UNSET
    zdr: bool | None | Unset = UNSET
    order: list[str] | Unset = UNSET
    only: list[str] | Unset = UNSET
    ignore: list[str] | Unset = UNSET
    quantizations: list[Quantization] | Unset = UNSET
    sort: ProviderSort | Unset = UNSET
    max_price: ProviderMaxPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "allow_fallbacks",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        (
            "require_parameters",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        ("data_collection", check_data_collection),
        (
            "zdr",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        "order",
        "only",
        "ignore",
        ("quantizations", _list_field(check_quantization)),
        ("sort", check_provider_sort),
        ("max_price", _model_field(ProviderMaxPrice)),
    )
    _extras_ = CLOSED
