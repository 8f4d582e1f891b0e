from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.format_json_schema_config_type import FormatJsonSchemaConfigType, check_format_json_schema_config_type
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
    from ..models.format_json_schema_config_schema import FormatJsonSchemaConfigSchema
else:
    FormatJsonSchemaConfigSchema = _LazyModel(
        globals(), "format_json_schema_config_schema", "FormatJsonSchemaConfigSchema"
    )


@_attrs_define(repr=False, eq=False)
class FormatJsonSchemaConfig(_ModelBase):
    """JSON schema constrained response format

    Example:
        {'description': 'User information schema', 'name': 'user_info', 'schema': {'properties': {'age': {'type':
            'number'}, 'name': {'type': 'string'}}, 'required': ['name'], 'type': 'object'}, 'type': 'json_schema'}

    """

    name: str
    schema: FormatJsonSchemaConfigSchema
    type_: FormatJsonSchemaConfigType
    description: str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        ("schema", _model_field(FormatJsonSchemaConfigSchema)),
        ("type", check_format_json_schema_config_type, "type_"),
    )
    _optional_ = (
        "description",
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
