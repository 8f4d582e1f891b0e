from typing import Literal

AnthropicBashCodeExecutionToolResultType = Literal["bash_code_execution_tool_result"]

ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES: set[
    AnthropicBashCodeExecutionToolResultType
] = {
    "bash_code_execution_tool_result",
}


def check_anthropic_bash_code_execution_tool_result_type(
    value: str,
) -> AnthropicBashCodeExecutionToolResultType:
    if value in ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASH_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES!r}"
    )
