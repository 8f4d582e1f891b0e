from typing import Literal

from ..types import check_enum

AnthropicCodeExecutionResultType = Literal["code_execution_result"] | str

ANTHROPIC_CODE_EXECUTION_RESULT_TYPE_VALUES: set[AnthropicCodeExecutionResultType] = {
    "code_execution_result",
}


def check_anthropic_code_execution_result_type(value: str) -> AnthropicCodeExecutionResultType:
    return check_enum(value, ANTHROPIC_CODE_EXECUTION_RESULT_TYPE_VALUES, "AnthropicCodeExecutionResultType")
