from typing import Literal

AnthropicSpeed = Literal["fast", "standard"]

ANTHROPIC_SPEED_VALUES: set[AnthropicSpeed] = {
    "fast",
    "standard",
}


def check_anthropic_speed(value: str) -> AnthropicSpeed:
    if value in ANTHROPIC_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_SPEED_VALUES!r}"
    )
