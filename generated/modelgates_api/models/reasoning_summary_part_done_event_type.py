from typing import Literal

from ..types import check_enum

ReasoningSummaryPartDoneEventType = Literal["response.reasoning_summary_part.done"] | str

REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES: set[ReasoningSummaryPartDoneEventType] = {
    "response.reasoning_summary_part.done",
}


def check_reasoning_summary_part_done_event_type(value: str) -> ReasoningSummaryPartDoneEventType:
    return check_enum(value, REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES, "ReasoningSummaryPartDoneEventType")
