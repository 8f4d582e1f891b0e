from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_code_execution_tool_result_type import (
    AnthropicCodeExecutionToolResultType,
    check_anthropic_code_execution_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_result import AnthropicCodeExecutionResult
    from ..models.anthropic_code_execution_tool_result_error import AnthropicCodeExecutionToolResultError
    from ..models.anthropic_encrypted_code_execution_result import AnthropicEncryptedCodeExecutionResult
else:
    AnthropicCodeExecutionResult = _LazyModel(
        globals(), "anthropic_code_execution_result", "AnthropicCodeExecutionResult"
    )
    AnthropicCodeExecutionToolResultError = _LazyModel(
        globals(), "anthropic_code_execution_tool_result_error", "AnthropicCodeExecutionToolResultError"
    )
    AnthropicEncryptedCodeExecutionResult = _LazyModel(
        globals(), "anthropic_encrypted_code_execution_result", "AnthropicEncryptedCodeExecutionResult"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicCodeExecutionToolResult(_ModelBase):
    """
    Example:
        {'content': {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type': 'code_execution_result'},
            'tool_use_id': 'srvtoolu_01abc', 'type': 'code_execution_tool_result'}

    """

    content: (
        AnthropicCodeExecutionResult | AnthropicCodeExecutionToolResultError | AnthropicEncryptedCodeExecutionResult
    )
    tool_use_id: str
    type_: AnthropicCodeExecutionToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (
                    ("AnthropicCodeExecutionToolResultError", AnthropicCodeExecutionToolResultError),
                    ("AnthropicCodeExecutionResult", AnthropicCodeExecutionResult),
                    ("AnthropicEncryptedCodeExecutionResult", AnthropicEncryptedCodeExecutionResult),
                ),
                tag=(
                    "type",
                    (
                        "code_execution_tool_result_error",
                        "code_execution_result",
                        "encrypted_code_execution_result",
                    ),
                ),
            ),
        ),
        "tool_use_id",
        ("type", check_anthropic_code_execution_tool_result_type, "type_"),
    )
