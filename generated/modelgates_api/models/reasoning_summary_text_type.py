from typing import Literal

ReasoningSummaryTextType = Literal["summary_text"]

REASONING_SUMMARY_TEXT_TYPE_VALUES: set[ReasoningSummaryTextType] = {
    "summary_text",
}


def check_reasoning_summary_text_type(value: str) -> ReasoningSummaryTextType:
    if value in REASONING_SUMMARY_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_TEXT_TYPE_VALUES!r}"
    )
