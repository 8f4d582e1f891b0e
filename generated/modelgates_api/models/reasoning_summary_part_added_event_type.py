from typing import Literal

from ..types import check_enum

ReasoningSummaryPartAddedEventType = Literal["response.reasoning_summary_part.added"] | str

REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES: set[ReasoningSummaryPartAddedEventType] = {
    "response.reasoning_summary_part.added",
}


def check_reasoning_summary_part_added_event_type(value: str) -> ReasoningSummaryPartAddedEventType:
    return check_enum(value, REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES, "ReasoningSummaryPartAddedEventType")
