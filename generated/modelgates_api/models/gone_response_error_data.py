from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.gone_response_error_data_metadata_type_0 import GoneResponseErrorDataMetadataType0
else:
    GoneResponseErrorDataMetadataType0 = _LazyModel(
        globals(), "gone_response_error_data_metadata_type_0", "GoneResponseErrorDataMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class GoneResponseErrorData(_ModelBase):
    """Error data for GoneResponse

    Example:
        {'code': 410, 'message': 'The Coinbase APIs used by this endpoint have been deprecated, so the Coinbase Commerce
            credits API has been removed. Use the web credits purchase flow instead.'}

    """

    code: int
    message: str
    metadata: GoneResponseErrorDataMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "code",
        "message",
    )
    _optional_ = (
        (
            "metadata",
            _union_field(
                (("GoneResponseErrorDataMetadataType0", GoneResponseErrorDataMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
