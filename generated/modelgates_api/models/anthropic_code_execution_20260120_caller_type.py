from typing import Literal

from ..types import check_enum

AnthropicCodeExecution20260120CallerType = Literal["code_execution_20260120"] | str

ANTHROPIC_CODE_EXECUTION_20260120_CALLER_TYPE_VALUES: set[AnthropicCodeExecution20260120CallerType] = {
    "code_execution_20260120",
}


def check_anthropic_code_execution_20260120_caller_type(value: str) -> AnthropicCodeExecution20260120CallerType:
    return check_enum(
        value, ANTHROPIC_CODE_EXECUTION_20260120_CALLER_TYPE_VALUES, "AnthropicCodeExecution20260120CallerType"
    )
