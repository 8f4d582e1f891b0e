from typing import Literal

from ..types import check_enum

AnthropicCodeExecutionOutputType = Literal["code_execution_output"] | str

ANTHROPIC_CODE_EXECUTION_OUTPUT_TYPE_VALUES: set[AnthropicCodeExecutionOutputType] = {
    "code_execution_output",
}


def check_anthropic_code_execution_output_type(value: str) -> AnthropicCodeExecutionOutputType:
    return check_enum(value, ANTHROPIC_CODE_EXECUTION_OUTPUT_TYPE_VALUES, "AnthropicCodeExecutionOutputType")
