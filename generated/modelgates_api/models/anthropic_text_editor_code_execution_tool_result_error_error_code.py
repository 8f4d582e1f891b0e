from typing import Literal

from ..types import check_enum

AnthropicTextEditorCodeExecutionToolResultErrorErrorCode = (
    Literal["execution_time_exceeded", "file_not_found", "invalid_tool_input", "too_many_requests", "unavailable"] | str
)

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES: set[
    AnthropicTextEditorCodeExecutionToolResultErrorErrorCode
] = {
    "execution_time_exceeded",
    "file_not_found",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
}


def check_anthropic_text_editor_code_execution_tool_result_error_error_code(
    value: str,
) -> AnthropicTextEditorCodeExecutionToolResultErrorErrorCode:
    return check_enum(
        value,
        ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES,
        "AnthropicTextEditorCodeExecutionToolResultErrorErrorCode",
    )
