from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_thinking_turns_type import AnthropicThinkingTurnsType, check_anthropic_thinking_turns_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicThinkingTurns(_ModelBase):
    """
    Example:
        {'type': 'thinking_turns', 'value': 3}

    """

    type_: AnthropicThinkingTurnsType
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_anthropic_thinking_turns_type, "type_"),
        "value",
    )
