from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.service_unavailable_response_error_data import ServiceUnavailableResponseErrorData
    from ..models.service_unavailable_response_modelgates_metadata_type_0 import (
        ServiceUnavailableResponseModelgatesMetadataType0,
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

    _json_fields_ = (
        "error",
        "modelgates_metadata",
        "user_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error"
            error = ServiceUnavailableResponseErrorData.from_dict(d.pop("error"))

            _at_field_ = "modelgates_metadata"
            modelgates_metadata = d.pop("modelgates_metadata", UNSET)
            if not isinstance(modelgates_metadata, (_NoneType, Unset)):
                modelgates_metadata = _parse_union(
                    modelgates_metadata,
                    (
                        (
                            "ServiceUnavailableResponseModelgatesMetadataType0",
                            ServiceUnavailableResponseModelgatesMetadataType0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "user_id"
            user_id = d.pop("user_id", UNSET)
            if not isinstance(user_id, (str, _NoneType, Unset)):
                user_id = _parse_union(
                    user_id,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        service_unavailable_response = cls(
            error=error,
            modelgates_metadata=modelgates_metadata,
            user_id=user_id,
        )

        service_unavailable_response.additional_properties = d
        return service_unavailable_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ServiceUnavailableResponseErrorData = _LazyModel(
        globals(),
        "modelgates_api.models.service_unavailable_response_error_data",
        "ServiceUnavailableResponseErrorData",
    )
    ServiceUnavailableResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "modelgates_api.models.service_unavailable_response_modelgates_metadata_type_0",
        "ServiceUnavailableResponseModelgatesMetadataType0",
    )
