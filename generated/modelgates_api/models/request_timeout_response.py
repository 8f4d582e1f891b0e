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
    from ..models.request_timeout_response_error_data import RequestTimeoutResponseErrorData
    from ..models.request_timeout_response_modelgates_metadata_type_0 import (
        RequestTimeoutResponseModelgatesMetadataType0,
    )
else:
    RequestTimeoutResponseErrorData = _LazyModel(
        globals(), "request_timeout_response_error_data", "RequestTimeoutResponseErrorData"
    )
    RequestTimeoutResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "request_timeout_response_modelgates_metadata_type_0",
        "RequestTimeoutResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class RequestTimeoutResponse(_ModelBase):
    """Request Timeout - Operation exceeded time limit

    Attributes:
        error (RequestTimeoutResponseErrorData): Error data for RequestTimeoutResponse
    """

    error: RequestTimeoutResponseErrorData
    modelgates_metadata: None | RequestTimeoutResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(RequestTimeoutResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("RequestTimeoutResponseModelgatesMetadataType0", RequestTimeoutResponseModelgatesMetadataType0),),
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
