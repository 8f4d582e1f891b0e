from typing import Literal

from ..types import check_enum

SubagentReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str

SUBAGENT_REASONING_EFFORT_VALUES: set[SubagentReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_subagent_reasoning_effort(value: str) -> SubagentReasoningEffort:
    return check_enum(value, SUBAGENT_REASONING_EFFORT_VALUES, "SubagentReasoningEffort")
