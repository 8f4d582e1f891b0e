from typing import Literal

from ..types import check_enum

AnthropicTextEditorCodeExecutionToolResultErrorType = Literal["text_editor_code_execution_tool_result_error"] | str

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionToolResultErrorType
] = {
    "text_editor_code_execution_tool_result_error",
}


def check_anthropic_text_editor_code_execution_tool_result_error_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionToolResultErrorType:
    return check_enum(
        value,
        ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES,
        "AnthropicTextEditorCodeExecutionToolResultErrorType",
    )
