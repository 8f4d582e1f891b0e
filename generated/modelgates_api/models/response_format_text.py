from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.response_format_text_type import (
    ResponseFormatTextType,
    check_response_format_text_type,
)

T = TypeVar("T", bound="ResponseFormatText")


@_attrs_define
class ResponseFormatText:
    """Plain text output (the default).

    Attributes:
        type_ (ResponseFormatTextType):
    """

    type_: ResponseFormatTextType

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
        type_ = check_response_format_text_type(d.pop("type"))

        response_format_text = cls(
            type_=type_,
        )

        return response_format_text
