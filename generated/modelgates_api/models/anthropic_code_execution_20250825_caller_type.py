from typing import Literal

from ..types import check_enum

AnthropicCodeExecution20250825CallerType = Literal["code_execution_20250825"] | str

ANTHROPIC_CODE_EXECUTION_20250825_CALLER_TYPE_VALUES: set[AnthropicCodeExecution20250825CallerType] = {
    "code_execution_20250825",
}


def check_anthropic_code_execution_20250825_caller_type(value: str) -> AnthropicCodeExecution20250825CallerType:
    return check_enum(
        value, ANTHROPIC_CODE_EXECUTION_20250825_CALLER_TYPE_VALUES, "AnthropicCodeExecution20250825CallerType"
    )
