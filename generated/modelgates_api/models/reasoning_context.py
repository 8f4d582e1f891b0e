from typing import Literal

ReasoningContext = Literal["all_turns", "auto", "current_turn"]

REASONING_CONTEXT_VALUES: set[ReasoningContext] = {
    "all_turns",
    "auto",
    "current_turn",
}


def check_reasoning_context(value: str) -> ReasoningContext:
    if value in REASONING_CONTEXT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_CONTEXT_VALUES!r}"
    )
