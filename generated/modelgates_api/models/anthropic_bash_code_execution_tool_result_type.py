from typing import Literal

from ..types import check_enum

AnthropicBashCodeExecutionToolResultType = Literal["bash_code_execution_tool_result"] | str

ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES: set[AnthropicBashCodeExecutionToolResultType] = {
    "bash_code_execution_tool_result",
}


def check_anthropic_bash_code_execution_tool_result_type(value: str) -> AnthropicBashCodeExecutionToolResultType:
    return check_enum(
        value, ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES, "AnthropicBashCodeExecutionToolResultType"
    )
