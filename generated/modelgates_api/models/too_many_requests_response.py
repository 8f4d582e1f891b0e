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
    from ..models.too_many_requests_response_error_data import TooManyRequestsResponseErrorData
    from ..models.too_many_requests_response_modelgates_metadata_type_0 import (
        TooManyRequestsResponseModelgatesMetadataType0,
    )
else:
    TooManyRequestsResponseErrorData = _LazyModel(
        globals(), "too_many_requests_response_error_data", "TooManyRequestsResponseErrorData"
    )
    TooManyRequestsResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "too_many_requests_response_modelgates_metadata_type_0",
        "TooManyRequestsResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class TooManyRequestsResponse(_ModelBase):
    """Too Many Requests - Rate limit exceeded

    Attributes:
        error (TooManyRequestsResponseErrorData): Error data for TooManyRequestsResponse
    """

    error: TooManyRequestsResponseErrorData
    modelgates_metadata: None | TooManyRequestsResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(TooManyRequestsResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("TooManyRequestsResponseModelgatesMetadataType0", TooManyRequestsResponseModelgatesMetadataType0),),
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
