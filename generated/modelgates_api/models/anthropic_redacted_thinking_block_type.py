from typing import Literal

from ..types import check_enum

AnthropicRedactedThinkingBlockType = Literal["redacted_thinking"] | str

ANTHROPIC_REDACTED_THINKING_BLOCK_TYPE_VALUES: set[AnthropicRedactedThinkingBlockType] = {
    "redacted_thinking",
}


def check_anthropic_redacted_thinking_block_type(value: str) -> AnthropicRedactedThinkingBlockType:
    return check_enum(value, ANTHROPIC_REDACTED_THINKING_BLOCK_TYPE_VALUES, "AnthropicRedactedThinkingBlockType")
