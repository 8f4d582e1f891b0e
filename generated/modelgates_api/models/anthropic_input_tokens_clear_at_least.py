from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_input_tokens_clear_at_least_type import (
    AnthropicInputTokensClearAtLeastType,
    check_anthropic_input_tokens_clear_at_least_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicInputTokensClearAtLeast(_ModelBase):
    """
    Example:
        {'type': 'input_tokens', 'value': 50000}

    """

    type_: AnthropicInputTokensClearAtLeastType
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_anthropic_input_tokens_clear_at_least_type, "type_"),
        "value",
    )
