from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.response_format_json_schema_type import (
    ResponseFormatJsonSchemaType,
    check_response_format_json_schema_type,
)

if TYPE_CHECKING:
    from ..models.json_schema_config import JsonSchemaConfig


T = TypeVar("T", bound="ResponseFormatJsonSchema")


@_attrs_define
class ResponseFormatJsonSchema:
    """Structured outputs; the model returns JSON matching the given schema.

    Attributes:
        type_ (ResponseFormatJsonSchemaType):
        json_schema (JsonSchemaConfig): JSON Schema configuration for structured outputs.
    """

    type_: ResponseFormatJsonSchemaType
    json_schema: JsonSchemaConfig

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_schema_config import JsonSchemaConfig

        d = dict(src_dict)
        type_ = check_response_format_json_schema_type(d.pop("type"))

        json_schema = JsonSchemaConfig.from_dict(d.pop("json_schema"))

        response_format_json_schema = cls(
            type_=type_,
            json_schema=json_schema,
        )

        return response_format_json_schema
