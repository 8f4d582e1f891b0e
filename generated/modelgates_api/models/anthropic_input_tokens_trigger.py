from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_input_tokens_trigger_type import (
    AnthropicInputTokensTriggerType,
    check_anthropic_input_tokens_trigger_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicInputTokensTrigger(_ModelBase):
    """
    Example:
        {'type': 'input_tokens', 'value': 100000}

    """

    type_: AnthropicInputTokensTriggerType
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_anthropic_input_tokens_trigger_type, "type_"),
        "value",
    )
