from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_bash_code_execution_tool_result_error_error_code import (
    AnthropicBashCodeExecutionToolResultErrorErrorCode,
    check_anthropic_bash_code_execution_tool_result_error_error_code,
)
from ..models.anthropic_bash_code_execution_tool_result_error_type import (
    AnthropicBashCodeExecutionToolResultErrorType,
    check_anthropic_bash_code_execution_tool_result_error_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicBashCodeExecutionToolResultError(_ModelBase):
    """
    Example:
        {'error_code': 'unavailable', 'type': 'bash_code_execution_tool_result_error'}

    """

    error_code: AnthropicBashCodeExecutionToolResultErrorErrorCode
    type_: AnthropicBashCodeExecutionToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error_code", check_anthropic_bash_code_execution_tool_result_error_error_code),
        ("type", check_anthropic_bash_code_execution_tool_result_error_type, "type_"),
    )
