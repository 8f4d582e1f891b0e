from typing import Literal

from ..types import check_enum

AnthropicThinkingTurnsType = Literal["thinking_turns"] | str

ANTHROPIC_THINKING_TURNS_TYPE_VALUES: set[AnthropicThinkingTurnsType] = {
    "thinking_turns",
}


def check_anthropic_thinking_turns_type(value: str) -> AnthropicThinkingTurnsType:
    return check_enum(value, ANTHROPIC_THINKING_TURNS_TYPE_VALUES, "AnthropicThinkingTurnsType")
