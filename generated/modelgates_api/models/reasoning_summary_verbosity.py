from typing import Literal

from ..types import check_enum

ReasoningSummaryVerbosity = Literal["auto", "concise", "detailed"] | str

REASONING_SUMMARY_VERBOSITY_VALUES: set[ReasoningSummaryVerbosity] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_summary_verbosity(value: str) -> ReasoningSummaryVerbosity:
    return check_enum(value, REASONING_SUMMARY_VERBOSITY_VALUES, "ReasoningSummaryVerbosity")
