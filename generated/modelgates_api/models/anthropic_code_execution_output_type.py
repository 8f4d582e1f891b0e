from typing import Literal

AnthropicCodeExecutionOutputType = Literal["code_execution_output"]

ANTHROPIC_CODE_EXECUTION_OUTPUT_TYPE_VALUES: set[AnthropicCodeExecutionOutputType] = {
    "code_execution_output",
}


def check_anthropic_code_execution_output_type(
    value: str,
) -> AnthropicCodeExecutionOutputType:
    if value in ANTHROPIC_CODE_EXECUTION_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CODE_EXECUTION_OUTPUT_TYPE_VALUES!r}"
    )
