from typing import Literal

from ..types import check_enum

ReasoningSummaryTextType = Literal["summary_text"] | str

REASONING_SUMMARY_TEXT_TYPE_VALUES: set[ReasoningSummaryTextType] = {
    "summary_text",
}


def check_reasoning_summary_text_type(value: str) -> ReasoningSummaryTextType:
    return check_enum(value, REASONING_SUMMARY_TEXT_TYPE_VALUES, "ReasoningSummaryTextType")
