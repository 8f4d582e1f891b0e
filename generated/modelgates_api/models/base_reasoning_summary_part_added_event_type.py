from typing import Literal

from ..types import check_enum

BaseReasoningSummaryPartAddedEventType = Literal["response.reasoning_summary_part.added"] | str

BASE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES: set[BaseReasoningSummaryPartAddedEventType] = {
    "response.reasoning_summary_part.added",
}


def check_base_reasoning_summary_part_added_event_type(value: str) -> BaseReasoningSummaryPartAddedEventType:
    return check_enum(
        value, BASE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES, "BaseReasoningSummaryPartAddedEventType"
    )
