from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_code_execution_20250825_caller_type import (
    AnthropicCodeExecution20250825CallerType,
    check_anthropic_code_execution_20250825_caller_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicCodeExecution20250825Caller(_ModelBase):
    """
    Example:
        {'tool_id': 'toolu_01abc', 'type': 'code_execution_20250825'}

    """

    tool_id: str
    type_: AnthropicCodeExecution20250825CallerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "tool_id",
        ("type", check_anthropic_code_execution_20250825_caller_type, "type_"),
    )
