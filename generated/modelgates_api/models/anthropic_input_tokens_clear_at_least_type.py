from typing import Literal

from ..types import check_enum

AnthropicInputTokensClearAtLeastType = Literal["input_tokens"] | str

ANTHROPIC_INPUT_TOKENS_CLEAR_AT_LEAST_TYPE_VALUES: set[AnthropicInputTokensClearAtLeastType] = {
    "input_tokens",
}


def check_anthropic_input_tokens_clear_at_least_type(value: str) -> AnthropicInputTokensClearAtLeastType:
    return check_enum(value, ANTHROPIC_INPUT_TOKENS_CLEAR_AT_LEAST_TYPE_VALUES, "AnthropicInputTokensClearAtLeastType")
