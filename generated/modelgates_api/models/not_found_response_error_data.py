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
    from ..models.not_found_response_error_data_metadata_type_0 import NotFoundResponseErrorDataMetadataType0
else:
    NotFoundResponseErrorDataMetadataType0 = _LazyModel(
        globals(), "not_found_response_error_data_metadata_type_0", "NotFoundResponseErrorDataMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class NotFoundResponseErrorData(_ModelBase):
    """Error data for NotFoundResponse"""

    code: int
    message: str
    metadata: None | NotFoundResponseErrorDataMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "code",
        "message",
    )
    _optional_ = (
        (
            "metadata",
            _union_field(
                (("NotFoundResponseErrorDataMetadataType0", NotFoundResponseErrorDataMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
