from typing import Literal

AnthropicBashCodeExecutionToolResultErrorErrorCode = Literal[
    "execution_time_exceeded",
    "invalid_tool_input",
    "output_file_too_large",
    "too_many_requests",
    "unavailable",
]

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
    if value in ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_ERROR_CODE_VALUES!r}"
    )
