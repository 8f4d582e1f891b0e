from typing import Literal

from ..types import check_enum

AnthropicSpeed = Literal["fast", "standard"] | str

ANTHROPIC_SPEED_VALUES: set[AnthropicSpeed] = {
    "fast",
    "standard",
}


def check_anthropic_speed(value: str) -> AnthropicSpeed:
    return check_enum(value, ANTHROPIC_SPEED_VALUES, "AnthropicSpeed")
