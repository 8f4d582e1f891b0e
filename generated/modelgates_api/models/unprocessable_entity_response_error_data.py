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

    from ..models.unprocessable_entity_response_error_data_metadata_type_0 import (
        UnprocessableEntityResponseErrorDataMetadataType0,
    )


@_attrs_define(repr=False, eq=False)
class UnprocessableEntityResponseErrorData(_ModelBase):
    """Error data for UnprocessableEntityResponse"""

    code: int
    message: str
    metadata: None | UnprocessableEntityResponseErrorDataMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "code",
        "message",
        "metadata",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "code"
            code = d.pop("code")

            _at_field_ = "message"
            message = d.pop("message")

            _at_field_ = "metadata"
            metadata = d.pop("metadata", UNSET)
            if not isinstance(metadata, (_NoneType, Unset)):
                metadata = _parse_union(
                    metadata,
                    (
                        (
                            "UnprocessableEntityResponseErrorDataMetadataType0",
                            UnprocessableEntityResponseErrorDataMetadataType0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unprocessable_entity_response_error_data = cls(
            code=code,
            message=message,
            metadata=metadata,
        )

        unprocessable_entity_response_error_data.additional_properties = d
        return unprocessable_entity_response_error_data


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    UnprocessableEntityResponseErrorDataMetadataType0 = _LazyModel(
        globals(),
        "modelgates_api.models.unprocessable_entity_response_error_data_metadata_type_0",
        "UnprocessableEntityResponseErrorDataMetadataType0",
    )
