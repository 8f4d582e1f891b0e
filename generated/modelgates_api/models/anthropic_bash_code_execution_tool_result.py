from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_bash_code_execution_tool_result_type import (
    AnthropicBashCodeExecutionToolResultType,
    check_anthropic_bash_code_execution_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_bash_code_execution_result import AnthropicBashCodeExecutionResult
    from ..models.anthropic_bash_code_execution_tool_result_error import AnthropicBashCodeExecutionToolResultError
else:
    AnthropicBashCodeExecutionResult = _LazyModel(
        globals(), "anthropic_bash_code_execution_result", "AnthropicBashCodeExecutionResult"
    )
    AnthropicBashCodeExecutionToolResultError = _LazyModel(
        globals(), "anthropic_bash_code_execution_tool_result_error", "AnthropicBashCodeExecutionToolResultError"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicBashCodeExecutionToolResult(_ModelBase):
    """
    Example:
        {'content': {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type':
            'bash_code_execution_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type': 'bash_code_execution_tool_result'}

    """

    content: AnthropicBashCodeExecutionResult | AnthropicBashCodeExecutionToolResultError
    tool_use_id: str
    type_: AnthropicBashCodeExecutionToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (
                    ("AnthropicBashCodeExecutionToolResultError", AnthropicBashCodeExecutionToolResultError),
                    ("AnthropicBashCodeExecutionResult", AnthropicBashCodeExecutionResult),
                ),
                tag=(
                    "type",
                    (
                        "bash_code_execution_tool_result_error",
                        "bash_code_execution_result",
                    ),
                ),
            ),
        ),
        "tool_use_id",
        ("type", check_anthropic_bash_code_execution_tool_result_type, "type_"),
    )
