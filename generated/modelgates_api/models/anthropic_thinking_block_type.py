from typing import Literal

AnthropicThinkingBlockType = Literal["thinking"]

ANTHROPIC_THINKING_BLOCK_TYPE_VALUES: set[AnthropicThinkingBlockType] = {
    "thinking",
}


def check_anthropic_thinking_block_type(value: str) -> AnthropicThinkingBlockType:
    if value in ANTHROPIC_THINKING_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_THINKING_BLOCK_TYPE_VALUES!r}"
    )
