from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    CLOSED,
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.json_schema_config_schema import JsonSchemaConfigSchema
else:
    JsonSchemaConfigSchema = _LazyModel(globals(), "json_schema_config_schema", "JsonSchemaConfigSchema")


@_attrs_define(repr=False, eq=False)
class JsonSchemaConfig(_ModelBase):
    """JSON Schema configuration for structured outputs.

    Attributes:
        name (str): Name of the schema.
        description (str | Unset): What the schema describes.
        schema (JsonSchemaConfigSchema | Unset): The JSON Schema the output must match.
        strict (bool | None | Unset): Enforce strict adherence to the schema.
    """

    name: str
    description: str | Unset = UNSET
    schema: JsonSchemaConfigSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("name",)
    _optional_ = (
        "description",
        ("schema", _model_field(JsonSchemaConfigSchema)),
        (
            "strict",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
    )
    _extras_ = CLOSED
