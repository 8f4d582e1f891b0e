from typing import Literal

from ..types import check_enum

ReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str

REASONING_EFFORT_VALUES: set[ReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_reasoning_effort(value: str) -> ReasoningEffort:
    return check_enum(value, REASONING_EFFORT_VALUES, "ReasoningEffort")
