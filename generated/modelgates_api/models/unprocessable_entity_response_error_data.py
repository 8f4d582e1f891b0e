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
    from ..models.unprocessable_entity_response_error_data_metadata_type_0 import (
        UnprocessableEntityResponseErrorDataMetadataType0,
    )
else:
    UnprocessableEntityResponseErrorDataMetadataType0 = _LazyModel(
        globals(),
        "unprocessable_entity_response_error_data_metadata_type_0",
        "UnprocessableEntityResponseErrorDataMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class UnprocessableEntityResponseErrorData(_ModelBase):
    """Error data for UnprocessableEntityResponse"""

    code: int
    message: str
    metadata: None | UnprocessableEntityResponseErrorDataMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "code",
        "message",
    )
    _optional_ = (
        (
            "metadata",
            _union_field(
                (
                    (
                        "UnprocessableEntityResponseErrorDataMetadataType0",
                        UnprocessableEntityResponseErrorDataMetadataType0,
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
