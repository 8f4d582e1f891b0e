from typing import Literal

from ..types import check_enum

ReasoningSummary = Literal["auto", "concise", "detailed"] | str

REASONING_SUMMARY_VALUES: set[ReasoningSummary] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_summary(value: str) -> ReasoningSummary:
    return check_enum(value, REASONING_SUMMARY_VALUES, "ReasoningSummary")
