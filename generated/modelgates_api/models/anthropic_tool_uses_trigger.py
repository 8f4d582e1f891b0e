from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_tool_uses_trigger_type import (
    AnthropicToolUsesTriggerType,
    check_anthropic_tool_uses_trigger_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicToolUsesTrigger(_ModelBase):
    """
    Example:
        {'type': 'tool_uses', 'value': 10}

    """

    type_: AnthropicToolUsesTriggerType
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_anthropic_tool_uses_trigger_type, "type_"),
        "value",
    )
