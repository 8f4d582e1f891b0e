from typing import Literal

from ..types import check_enum

AnthropicCodeExecutionToolResultErrorType = Literal["code_execution_tool_result_error"] | str

ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES: set[AnthropicCodeExecutionToolResultErrorType] = {
    "code_execution_tool_result_error",
}


def check_anthropic_code_execution_tool_result_error_type(value: str) -> AnthropicCodeExecutionToolResultErrorType:
    return check_enum(
        value, ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES, "AnthropicCodeExecutionToolResultErrorType"
    )
