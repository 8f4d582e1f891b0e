from typing import Literal

from ..types import check_enum

AnthropicBashCodeExecutionOutputType = Literal["bash_code_execution_output"] | str

ANTHROPIC_BASH_CODE_EXECUTION_OUTPUT_TYPE_VALUES: set[AnthropicBashCodeExecutionOutputType] = {
    "bash_code_execution_output",
}


def check_anthropic_bash_code_execution_output_type(value: str) -> AnthropicBashCodeExecutionOutputType:
    return check_enum(value, ANTHROPIC_BASH_CODE_EXECUTION_OUTPUT_TYPE_VALUES, "AnthropicBashCodeExecutionOutputType")
