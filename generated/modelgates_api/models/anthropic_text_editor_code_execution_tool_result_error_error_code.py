from typing import Literal

AnthropicTextEditorCodeExecutionToolResultErrorErrorCode = Literal[
    "execution_time_exceeded",
    "file_not_found",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
]

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
    if (
        value
        in ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES!r}"
    )
