from typing import Literal

ReasoningSummaryVerbosity = Literal["auto", "concise", "detailed"]

REASONING_SUMMARY_VERBOSITY_VALUES: set[ReasoningSummaryVerbosity] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_summary_verbosity(value: str) -> ReasoningSummaryVerbosity:
    if value in REASONING_SUMMARY_VERBOSITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_VERBOSITY_VALUES!r}"
    )
