from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_plain_text_source_media_type import (
    AnthropicPlainTextSourceMediaType,
    check_anthropic_plain_text_source_media_type,
)
from ..models.anthropic_plain_text_source_type import (
    AnthropicPlainTextSourceType,
    check_anthropic_plain_text_source_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicPlainTextSource(_ModelBase):
    """
    Example:
        {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}

    """

    data: str
    media_type: AnthropicPlainTextSourceMediaType
    type_: AnthropicPlainTextSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        "media_type",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")

            _at_field_ = "media_type"
            media_type = check_anthropic_plain_text_source_media_type(d.pop("media_type"))

            _at_field_ = "type"
            type_ = check_anthropic_plain_text_source_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_plain_text_source = cls(
            data=data,
            media_type=media_type,
            type_=type_,
        )

        anthropic_plain_text_source.additional_properties = d
        return anthropic_plain_text_source
