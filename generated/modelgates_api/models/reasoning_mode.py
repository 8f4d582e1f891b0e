from typing import Literal

from ..types import check_enum

ReasoningMode = Literal["pro", "standard"] | str

REASONING_MODE_VALUES: set[ReasoningMode] = {
    "pro",
    "standard",
}


def check_reasoning_mode(value: str) -> ReasoningMode:
    return check_enum(value, REASONING_MODE_VALUES, "ReasoningMode")
