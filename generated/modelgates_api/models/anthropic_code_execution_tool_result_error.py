from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_code_execution_tool_result_error_type import (
    AnthropicCodeExecutionToolResultErrorType,
    check_anthropic_code_execution_tool_result_error_type,
)
from ..models.anthropic_server_tool_error_code import (
    AnthropicServerToolErrorCode,
    check_anthropic_server_tool_error_code,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicCodeExecutionToolResultError(_ModelBase):
    """
    Example:
        {'error_code': 'unavailable', 'type': 'code_execution_tool_result_error'}

    """

    error_code: AnthropicServerToolErrorCode
    type_: AnthropicCodeExecutionToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error_code", check_anthropic_server_tool_error_code),
        ("type", check_anthropic_code_execution_tool_result_error_type, "type_"),
    )
