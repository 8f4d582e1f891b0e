from typing import Literal

from ..types import check_enum

AnthropicBashCodeExecutionToolResultErrorType = Literal["bash_code_execution_tool_result_error"] | str

ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES: set[AnthropicBashCodeExecutionToolResultErrorType] = {
    "bash_code_execution_tool_result_error",
}


def check_anthropic_bash_code_execution_tool_result_error_type(
    value: str,
) -> AnthropicBashCodeExecutionToolResultErrorType:
    return check_enum(
        value,
        ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES,
        "AnthropicBashCodeExecutionToolResultErrorType",
    )
