from typing import Literal

from ..types import check_enum

ReasoningSummaryTextDeltaEventType = Literal["response.reasoning_summary_text.delta"] | str

REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES: set[ReasoningSummaryTextDeltaEventType] = {
    "response.reasoning_summary_text.delta",
}


def check_reasoning_summary_text_delta_event_type(value: str) -> ReasoningSummaryTextDeltaEventType:
    return check_enum(value, REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES, "ReasoningSummaryTextDeltaEventType")
