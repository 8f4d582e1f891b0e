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
    from ..models.internal_server_response_error_data_metadata_type_0 import (
        InternalServerResponseErrorDataMetadataType0,
    )
else:
    InternalServerResponseErrorDataMetadataType0 = _LazyModel(
        globals(), "internal_server_response_error_data_metadata_type_0", "InternalServerResponseErrorDataMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class InternalServerResponseErrorData(_ModelBase):
    """Error data for InternalServerResponse"""

    code: int
    message: str
    metadata: InternalServerResponseErrorDataMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "code",
        "message",
    )
    _optional_ = (
        (
            "metadata",
            _union_field(
                (("InternalServerResponseErrorDataMetadataType0", InternalServerResponseErrorDataMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
