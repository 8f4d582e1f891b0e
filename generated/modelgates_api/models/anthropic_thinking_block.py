from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_thinking_block_type import AnthropicThinkingBlockType, check_anthropic_thinking_block_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicThinkingBlock(_ModelBase):
    """
    Example:
        {'signature': 'sig_abc123', 'thinking': 'Let me think about this...', 'type': 'thinking'}

    """

    signature: str
    thinking: str
    type_: AnthropicThinkingBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "signature",
        "thinking",
        ("type", check_anthropic_thinking_block_type, "type_"),
    )
