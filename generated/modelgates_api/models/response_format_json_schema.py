from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.response_format_json_schema_type import (
    ResponseFormatJsonSchemaType,
    check_response_format_json_schema_type,
)
from ..types import CLOSED, LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.json_schema_config import JsonSchemaConfig
else:
    JsonSchemaConfig = _LazyModel(globals(), "json_schema_config", "JsonSchemaConfig")


@_attrs_define(repr=False, eq=False)
class ResponseFormatJsonSchema(_ModelBase):
    """Structured outputs; the model returns JSON matching the given schema.

    Attributes:
        json_schema (JsonSchemaConfig): JSON Schema configuration for structured outputs.
    """

    type_: ResponseFormatJsonSchemaType
    json_schema: JsonSchemaConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_response_format_json_schema_type, "type_"),
        ("json_schema", _model_field(JsonSchemaConfig)),
    )
    _extras_ = CLOSED
