from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_json_schema_type import (
    ResponseFormatJsonSchemaType,
    check_response_format_json_schema_type,
)
from ..types import PARSE_ERRORS, as_object, at_field, unknown_fields
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.json_schema_config import JsonSchemaConfig


@_attrs_define(repr=False, eq=False)
class ResponseFormatJsonSchema(_ModelBase):
    """Structured outputs; the model returns JSON matching the given schema.

    Attributes:
        json_schema (JsonSchemaConfig): JSON Schema configuration for structured outputs.
    """

    type_: ResponseFormatJsonSchemaType
    json_schema: JsonSchemaConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "json_schema",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_response_format_json_schema_type(d.pop("type"))

            _at_field_ = "json_schema"
            json_schema = JsonSchemaConfig.from_dict(d.pop("json_schema"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        response_format_json_schema = cls(
            type_=type_,
            json_schema=json_schema,
        )

        response_format_json_schema.additional_properties = unknown_fields(d)
        return response_format_json_schema


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    JsonSchemaConfig = _LazyModel(globals(), "modelgates_api.models.json_schema_config", "JsonSchemaConfig")
