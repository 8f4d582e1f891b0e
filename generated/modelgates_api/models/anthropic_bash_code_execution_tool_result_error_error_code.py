from typing import Literal

from ..types import check_enum

AnthropicBashCodeExecutionToolResultErrorErrorCode = (
    Literal[
        "execution_time_exceeded", "invalid_tool_input", "output_file_too_large", "too_many_requests", "unavailable"
    ]
    | str
)

ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES: set[
    AnthropicBashCodeExecutionToolResultErrorErrorCode
] = {
    "execution_time_exceeded",
    "invalid_tool_input",
    "output_file_too_large",
    "too_many_requests",
    "unavailable",
}


def check_anthropic_bash_code_execution_tool_result_error_error_code(
    value: str,
) -> AnthropicBashCodeExecutionToolResultErrorErrorCode:
    return check_enum(
        value,
        ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES,
        "AnthropicBashCodeExecutionToolResultErrorErrorCode",
    )
