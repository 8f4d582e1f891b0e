from typing import Literal

from ..types import check_enum

AnthropicCodeExecutionToolResultType = Literal["code_execution_tool_result"] | str

ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES: set[AnthropicCodeExecutionToolResultType] = {
    "code_execution_tool_result",
}


def check_anthropic_code_execution_tool_result_type(value: str) -> AnthropicCodeExecutionToolResultType:
    return check_enum(value, ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES, "AnthropicCodeExecutionToolResultType")
