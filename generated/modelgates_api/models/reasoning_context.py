from typing import Literal

from ..types import check_enum

ReasoningContext = Literal["all_turns", "auto", "current_turn"] | str

REASONING_CONTEXT_VALUES: set[ReasoningContext] = {
    "all_turns",
    "auto",
    "current_turn",
}


def check_reasoning_context(value: str) -> ReasoningContext:
    return check_enum(value, REASONING_CONTEXT_VALUES, "ReasoningContext")
