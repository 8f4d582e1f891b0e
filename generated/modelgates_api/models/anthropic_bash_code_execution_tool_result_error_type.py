from typing import Literal

AnthropicBashCodeExecutionToolResultErrorType = Literal[
    "bash_code_execution_tool_result_error"
]

ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES: set[
    AnthropicBashCodeExecutionToolResultErrorType
] = {
    "bash_code_execution_tool_result_error",
}


def check_anthropic_bash_code_execution_tool_result_error_type(
    value: str,
) -> AnthropicBashCodeExecutionToolResultErrorType:
    if value in ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES!r}"
    )
