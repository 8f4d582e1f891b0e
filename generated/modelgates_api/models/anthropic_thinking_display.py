from typing import Literal

AnthropicThinkingDisplay = Literal["omitted", "summarized"]

ANTHROPIC_THINKING_DISPLAY_VALUES: set[AnthropicThinkingDisplay] = {
    "omitted",
    "summarized",
}


def check_anthropic_thinking_display(value: str) -> AnthropicThinkingDisplay:
    if value in ANTHROPIC_THINKING_DISPLAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_THINKING_DISPLAY_VALUES!r}"
    )
