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
    from ..models.service_unavailable_response_error_data import ServiceUnavailableResponseErrorData
    from ..models.service_unavailable_response_modelgates_metadata_type_0 import (
        ServiceUnavailableResponseModelgatesMetadataType0,
    )
else:
    ServiceUnavailableResponseErrorData = _LazyModel(
        globals(), "service_unavailable_response_error_data", "ServiceUnavailableResponseErrorData"
    )
    ServiceUnavailableResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "service_unavailable_response_modelgates_metadata_type_0",
        "ServiceUnavailableResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class ServiceUnavailableResponse(_ModelBase):
    """Service Unavailable - Service temporarily unavailable

    Attributes:
        error (ServiceUnavailableResponseErrorData): Error data for ServiceUnavailableResponse
    """

    error: ServiceUnavailableResponseErrorData
    modelgates_metadata: None | ServiceUnavailableResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(ServiceUnavailableResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (
                    (
                        "ServiceUnavailableResponseModelgatesMetadataType0",
                        ServiceUnavailableResponseModelgatesMetadataType0,
                    ),
                ),
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
