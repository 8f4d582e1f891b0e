from typing import Literal

AnthropicCodeExecutionToolResultErrorType = Literal["code_execution_tool_result_error"]

ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES: set[
    AnthropicCodeExecutionToolResultErrorType
] = {
    "code_execution_tool_result_error",
}


def check_anthropic_code_execution_tool_result_error_type(
    value: str,
) -> AnthropicCodeExecutionToolResultErrorType:
    if value in ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES!r}"
    )
