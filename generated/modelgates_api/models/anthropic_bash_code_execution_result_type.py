from typing import Literal

from ..types import check_enum

AnthropicBashCodeExecutionResultType = Literal["bash_code_execution_result"] | str

ANTHROPIC_BASH_CODE_EXECUTION_RESULT_TYPE_VALUES: set[AnthropicBashCodeExecutionResultType] = {
    "bash_code_execution_result",
}


def check_anthropic_bash_code_execution_result_type(value: str) -> AnthropicBashCodeExecutionResultType:
    return check_enum(value, ANTHROPIC_BASH_CODE_EXECUTION_RESULT_TYPE_VALUES, "AnthropicBashCodeExecutionResultType")
