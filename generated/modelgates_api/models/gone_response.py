from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.gone_response_error_data import GoneResponseErrorData
    from ..models.gone_response_openrouter_metadata_type_0 import GoneResponseOpenrouterMetadataType0
else:
    GoneResponseErrorData = _LazyModel(globals(), "gone_response_error_data", "GoneResponseErrorData")
    GoneResponseOpenrouterMetadataType0 = _LazyModel(
        globals(), "gone_response_openrouter_metadata_type_0", "GoneResponseOpenrouterMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class GoneResponse(_ModelBase):
    """Gone - Endpoint has been permanently removed or deprecated

    Example:
        {'error': {'code': 410, 'message': 'The Coinbase APIs used by this endpoint have been deprecated, so the
            Coinbase Commerce credits API has been removed. Use the web credits purchase flow instead.'}}

    Attributes:
        error (GoneResponseErrorData): Error data for GoneResponse Example: {'code': 410, 'message': 'The Coinbase APIs
            used by this endpoint have been deprecated, so the Coinbase Commerce credits API has been removed. Use the web
            credits purchase flow instead.'}.
    """

    error: GoneResponseErrorData
    openrouter_metadata: GoneResponseOpenrouterMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(GoneResponseErrorData)),)
    _optional_ = (
        (
            "openrouter_metadata",
            _union_field(
                (("GoneResponseOpenrouterMetadataType0", GoneResponseOpenrouterMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "user_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
