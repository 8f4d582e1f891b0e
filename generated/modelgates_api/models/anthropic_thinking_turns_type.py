from typing import Literal

AnthropicThinkingTurnsType = Literal["thinking_turns"]

ANTHROPIC_THINKING_TURNS_TYPE_VALUES: set[AnthropicThinkingTurnsType] = {
    "thinking_turns",
}


def check_anthropic_thinking_turns_type(value: str) -> AnthropicThinkingTurnsType:
    if value in ANTHROPIC_THINKING_TURNS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_THINKING_TURNS_TYPE_VALUES!r}"
    )
