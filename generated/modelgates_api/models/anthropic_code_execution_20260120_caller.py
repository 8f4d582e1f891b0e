from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_code_execution_20260120_caller_type import (
    AnthropicCodeExecution20260120CallerType,
    check_anthropic_code_execution_20260120_caller_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicCodeExecution20260120Caller(_ModelBase):
    """
    Example:
        {'tool_id': 'toolu_01abc', 'type': 'code_execution_20260120'}

    """

    tool_id: str
    type_: AnthropicCodeExecution20260120CallerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "tool_id",
        ("type", check_anthropic_code_execution_20260120_caller_type, "type_"),
    )
