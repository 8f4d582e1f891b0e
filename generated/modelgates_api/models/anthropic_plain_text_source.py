from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_plain_text_source_media_type import (
    AnthropicPlainTextSourceMediaType,
    check_anthropic_plain_text_source_media_type,
)
from ..models.anthropic_plain_text_source_type import (
    AnthropicPlainTextSourceType,
    check_anthropic_plain_text_source_type,
)
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "data",
        ("media_type", check_anthropic_plain_text_source_media_type),
        ("type", check_anthropic_plain_text_source_type, "type_"),
    )
