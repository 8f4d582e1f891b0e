from typing import Literal

from ..types import check_enum

AdvisorReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str

ADVISOR_REASONING_EFFORT_VALUES: set[AdvisorReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_advisor_reasoning_effort(value: str) -> AdvisorReasoningEffort:
    return check_enum(value, ADVISOR_REASONING_EFFORT_VALUES, "AdvisorReasoningEffort")
