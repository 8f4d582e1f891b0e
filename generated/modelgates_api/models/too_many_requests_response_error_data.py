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
    from ..models.too_many_requests_response_error_data_metadata_type_0 import (
        TooManyRequestsResponseErrorDataMetadataType0,
    )
else:
    TooManyRequestsResponseErrorDataMetadataType0 = _LazyModel(
        globals(),
        "too_many_requests_response_error_data_metadata_type_0",
        "TooManyRequestsResponseErrorDataMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class TooManyRequestsResponseErrorData(_ModelBase):
    """Error data for TooManyRequestsResponse"""

    code: int
    message: str
    metadata: None | TooManyRequestsResponseErrorDataMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "code",
        "message",
    )
    _optional_ = (
        (
            "metadata",
            _union_field(
                (("TooManyRequestsResponseErrorDataMetadataType0", TooManyRequestsResponseErrorDataMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
