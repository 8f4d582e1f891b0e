from typing import Literal

from ..types import check_enum

AnthropicThinkingDisplay = Literal["omitted", "summarized"] | str

ANTHROPIC_THINKING_DISPLAY_VALUES: set[AnthropicThinkingDisplay] = {
    "omitted",
    "summarized",
}


def check_anthropic_thinking_display(value: str) -> AnthropicThinkingDisplay:
    return check_enum(value, ANTHROPIC_THINKING_DISPLAY_VALUES, "AnthropicThinkingDisplay")
