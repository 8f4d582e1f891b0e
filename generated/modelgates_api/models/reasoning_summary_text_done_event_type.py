from typing import Literal

from ..types import check_enum

ReasoningSummaryTextDoneEventType = Literal["response.reasoning_summary_text.done"] | str

REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES: set[ReasoningSummaryTextDoneEventType] = {
    "response.reasoning_summary_text.done",
}


def check_reasoning_summary_text_done_event_type(value: str) -> ReasoningSummaryTextDoneEventType:
    return check_enum(value, REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES, "ReasoningSummaryTextDoneEventType")
