from typing import Literal

from ..types import check_enum

AnthropicInputTokensTriggerType = Literal["input_tokens"] | str

ANTHROPIC_INPUT_TOKENS_TRIGGER_TYPE_VALUES: set[AnthropicInputTokensTriggerType] = {
    "input_tokens",
}


def check_anthropic_input_tokens_trigger_type(value: str) -> AnthropicInputTokensTriggerType:
    return check_enum(value, ANTHROPIC_INPUT_TOKENS_TRIGGER_TYPE_VALUES, "AnthropicInputTokensTriggerType")
