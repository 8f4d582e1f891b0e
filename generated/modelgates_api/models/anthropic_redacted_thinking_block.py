from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_redacted_thinking_block_type import (
    AnthropicRedactedThinkingBlockType,
    check_anthropic_redacted_thinking_block_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicRedactedThinkingBlock(_ModelBase):
    """
    Example:
        {'data': 'cmVkYWN0ZWQ=', 'type': 'redacted_thinking'}

    """

    data: str
    type_: AnthropicRedactedThinkingBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "data",
        ("type", check_anthropic_redacted_thinking_block_type, "type_"),
    )
