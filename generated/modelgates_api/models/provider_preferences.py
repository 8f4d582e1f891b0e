from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_collection import DataCollection, check_data_collection
from ..models.provider_sort import ProviderSort, check_provider_sort
from ..models.quantization import Quantization, check_quantization
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.provider_max_price import ProviderMaxPrice


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

    _json_fields_ = (
        "allow_fallbacks",
        "require_parameters",
        "data_collection",
        "zdr",
        "order",
        "only",
        "ignore",
        "quantizations",
        "sort",
        "max_price",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "allow_fallbacks"
            allow_fallbacks = d.pop("allow_fallbacks", UNSET)
            if not isinstance(allow_fallbacks, (bool, _NoneType, Unset)):
                allow_fallbacks = _parse_union(
                    allow_fallbacks,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "require_parameters"
            require_parameters = d.pop("require_parameters", UNSET)
            if not isinstance(require_parameters, (bool, _NoneType, Unset)):
                require_parameters = _parse_union(
                    require_parameters,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "data_collection"
            _data_collection = d.pop("data_collection", UNSET)
            data_collection: DataCollection | Unset
            if isinstance(_data_collection, Unset):
                data_collection = UNSET
            else:
                data_collection = check_data_collection(_data_collection)

            _at_field_ = "zdr"
            zdr = d.pop("zdr", UNSET)
            if not isinstance(zdr, (bool, _NoneType, Unset)):
                zdr = _parse_union(
                    zdr,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "order"
            order = cast(list[str], d.pop("order", UNSET))

            _at_field_ = "only"
            only = cast(list[str], d.pop("only", UNSET))

            _at_field_ = "ignore"
            ignore = cast(list[str], d.pop("ignore", UNSET))

            _at_field_ = "quantizations"
            _quantizations = d.pop("quantizations", UNSET)
            quantizations: list[Quantization] | Unset = UNSET
            if _quantizations is not UNSET:
                quantizations = []
                for _quantizations_item_data_index, quantizations_item_data in enumerate(_as_list(_quantizations)):
                    try:
                        quantizations_item = check_quantization(quantizations_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _quantizations_item_data_index)
                    quantizations.append(quantizations_item)

            _at_field_ = "sort"
            _sort = d.pop("sort", UNSET)
            sort: ProviderSort | Unset
            if isinstance(_sort, Unset):
                sort = UNSET
            else:
                sort = check_provider_sort(_sort)

            _at_field_ = "max_price"
            _max_price = d.pop("max_price", UNSET)
            max_price: ProviderMaxPrice | Unset
            if isinstance(_max_price, Unset):
                max_price = UNSET
            else:
                max_price = ProviderMaxPrice.from_dict(_max_price)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        provider_preferences = cls(
            allow_fallbacks=allow_fallbacks,
            require_parameters=require_parameters,
            data_collection=data_collection,
            zdr=zdr,
            order=order,
            only=only,
            ignore=ignore,
            quantizations=quantizations,
            sort=sort,
            max_price=max_price,
        )

        provider_preferences.additional_properties = unknown_fields(d)
        return provider_preferences


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ProviderMaxPrice = _LazyModel(globals(), "modelgates_api.models.provider_max_price", "ProviderMaxPrice")
