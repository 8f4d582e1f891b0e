from typing import Literal

ReasoningMode = Literal["pro", "standard"]

REASONING_MODE_VALUES: set[ReasoningMode] = {
    "pro",
    "standard",
}


def check_reasoning_mode(value: str) -> ReasoningMode:
    if value in REASONING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_MODE_VALUES!r}"
    )
