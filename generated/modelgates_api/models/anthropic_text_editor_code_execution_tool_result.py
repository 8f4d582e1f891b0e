from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_text_editor_code_execution_tool_result_type import (
    AnthropicTextEditorCodeExecutionToolResultType,
    check_anthropic_text_editor_code_execution_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_text_editor_code_execution_create_result import AnthropicTextEditorCodeExecutionCreateResult
    from ..models.anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult,
    )
    from ..models.anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError,
    )
    from ..models.anthropic_text_editor_code_execution_view_result import AnthropicTextEditorCodeExecutionViewResult
else:
    AnthropicTextEditorCodeExecutionCreateResult = _LazyModel(
        globals(), "anthropic_text_editor_code_execution_create_result", "AnthropicTextEditorCodeExecutionCreateResult"
    )
    AnthropicTextEditorCodeExecutionStrReplaceResult = _LazyModel(
        globals(),
        "anthropic_text_editor_code_execution_str_replace_result",
        "AnthropicTextEditorCodeExecutionStrReplaceResult",
    )
    AnthropicTextEditorCodeExecutionToolResultError = _LazyModel(
        globals(),
        "anthropic_text_editor_code_execution_tool_result_error",
        "AnthropicTextEditorCodeExecutionToolResultError",
    )
    AnthropicTextEditorCodeExecutionViewResult = _LazyModel(
        globals(), "anthropic_text_editor_code_execution_view_result", "AnthropicTextEditorCodeExecutionViewResult"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicTextEditorCodeExecutionToolResult(_ModelBase):
    """
    Example:
        {'content': {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines':
            10, 'type': 'text_editor_code_execution_view_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type':
            'text_editor_code_execution_tool_result'}

    """

    content: (
        AnthropicTextEditorCodeExecutionCreateResult
        | AnthropicTextEditorCodeExecutionStrReplaceResult
        | AnthropicTextEditorCodeExecutionToolResultError
        | AnthropicTextEditorCodeExecutionViewResult
    )
    tool_use_id: str
    type_: AnthropicTextEditorCodeExecutionToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "AnthropicTextEditorCodeExecutionToolResultError",
                        AnthropicTextEditorCodeExecutionToolResultError,
                    ),
                    ("AnthropicTextEditorCodeExecutionViewResult", AnthropicTextEditorCodeExecutionViewResult),
                    ("AnthropicTextEditorCodeExecutionCreateResult", AnthropicTextEditorCodeExecutionCreateResult),
                    (
                        "AnthropicTextEditorCodeExecutionStrReplaceResult",
                        AnthropicTextEditorCodeExecutionStrReplaceResult,
                    ),
                ),
                tag=(
                    "type",
                    (
                        "text_editor_code_execution_tool_result_error",
                        "text_editor_code_execution_view_result",
                        "text_editor_code_execution_create_result",
                        "text_editor_code_execution_str_replace_result",
                    ),
                ),
            ),
        ),
        "tool_use_id",
        ("type", check_anthropic_text_editor_code_execution_tool_result_type, "type_"),
    )
