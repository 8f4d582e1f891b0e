from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.response_format_json_object_type import (
    ResponseFormatJsonObjectType,
    check_response_format_json_object_type,
)

T = TypeVar("T", bound="ResponseFormatJsonObject")


@_attrs_define
class ResponseFormatJsonObject:
    """JSON mode; the model returns a valid JSON object.

    Attributes:
        type_ (ResponseFormatJsonObjectType):
    """

    type_: ResponseFormatJsonObjectType

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_response_format_json_object_type(d.pop("type"))

        response_format_json_object = cls(
            type_=type_,
        )

        return response_format_json_object
