from typing import Literal

AnthropicBashCodeExecutionResultType = Literal["bash_code_execution_result"]

ANTHROPIC_BASH_CODE_EXECUTION_RESULT_TYPE_VALUES: set[
    AnthropicBashCodeExecutionResultType
] = {
    "bash_code_execution_result",
}


def check_anthropic_bash_code_execution_result_type(
    value: str,
) -> AnthropicBashCodeExecutionResultType:
    if value in ANTHROPIC_BASH_CODE_EXECUTION_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASH_CODE_EXECUTION_RESULT_TYPE_VALUES!r}"
    )
