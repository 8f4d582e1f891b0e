from typing import Literal

AnthropicCodeExecution20250825CallerType = Literal["code_execution_20250825"]

ANTHROPIC_CODE_EXECUTION_20250825_CALLER_TYPE_VALUES: set[
    AnthropicCodeExecution20250825CallerType
] = {
    "code_execution_20250825",
}


def check_anthropic_code_execution_20250825_caller_type(
    value: str,
) -> AnthropicCodeExecution20250825CallerType:
    if value in ANTHROPIC_CODE_EXECUTION_20250825_CALLER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CODE_EXECUTION_20250825_CALLER_TYPE_VALUES!r}"
    )
