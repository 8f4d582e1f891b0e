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
    from ..models.payload_too_large_response_error_data import PayloadTooLargeResponseErrorData
    from ..models.payload_too_large_response_modelgates_metadata_type_0 import (
        PayloadTooLargeResponseModelgatesMetadataType0,
    )
else:
    PayloadTooLargeResponseErrorData = _LazyModel(
        globals(), "payload_too_large_response_error_data", "PayloadTooLargeResponseErrorData"
    )
    PayloadTooLargeResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "payload_too_large_response_modelgates_metadata_type_0",
        "PayloadTooLargeResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class PayloadTooLargeResponse(_ModelBase):
    """Payload Too Large - Request payload exceeds size limits

    Attributes:
        error (PayloadTooLargeResponseErrorData): Error data for PayloadTooLargeResponse
    """

    error: PayloadTooLargeResponseErrorData
    modelgates_metadata: None | PayloadTooLargeResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(PayloadTooLargeResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("PayloadTooLargeResponseModelgatesMetadataType0", PayloadTooLargeResponseModelgatesMetadataType0),),
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
