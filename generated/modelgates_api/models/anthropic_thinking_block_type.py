from typing import Literal

from ..types import check_enum

AnthropicThinkingBlockType = Literal["thinking"] | str

ANTHROPIC_THINKING_BLOCK_TYPE_VALUES: set[AnthropicThinkingBlockType] = {
    "thinking",
}


def check_anthropic_thinking_block_type(value: str) -> AnthropicThinkingBlockType:
    return check_enum(value, ANTHROPIC_THINKING_BLOCK_TYPE_VALUES, "AnthropicThinkingBlockType")
