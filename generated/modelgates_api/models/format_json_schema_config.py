from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.format_json_schema_config_type import FormatJsonSchemaConfigType, check_format_json_schema_config_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.format_json_schema_config_schema import FormatJsonSchemaConfigSchema


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

    _json_fields_ = (
        "name",
        "schema",
        ("type_", "type"),
        "description",
        "strict",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "schema"
            schema = FormatJsonSchemaConfigSchema.from_dict(d.pop("schema"))

            _at_field_ = "type"
            type_ = check_format_json_schema_config_type(d.pop("type"))

            _at_field_ = "description"
            description = d.pop("description", UNSET)

            _at_field_ = "strict"
            strict = d.pop("strict", UNSET)
            if not isinstance(strict, (bool, _NoneType, Unset)):
                strict = _parse_union(
                    strict,
                    (),
                    plain=(bool, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        format_json_schema_config = cls(
            name=name,
            schema=schema,
            type_=type_,
            description=description,
            strict=strict,
        )

        format_json_schema_config.additional_properties = d
        return format_json_schema_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FormatJsonSchemaConfigSchema = _LazyModel(
        globals(), "modelgates_api.models.format_json_schema_config_schema", "FormatJsonSchemaConfigSchema"
    )
