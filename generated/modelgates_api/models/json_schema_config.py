from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_config_schema import JsonSchemaConfigSchema


T = TypeVar("T", bound="JsonSchemaConfig")


@_attrs_define
class JsonSchemaConfig:
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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_schema_config_schema import JsonSchemaConfigSchema

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: JsonSchemaConfigSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = JsonSchemaConfigSchema.from_dict(_schema)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        json_schema_config = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        return json_schema_config
