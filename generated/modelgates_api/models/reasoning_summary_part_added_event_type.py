from typing import Literal

ReasoningSummaryPartAddedEventType = Literal["response.reasoning_summary_part.added"]

REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES: set[
    ReasoningSummaryPartAddedEventType
] = {
    "response.reasoning_summary_part.added",
}


def check_reasoning_summary_part_added_event_type(
    value: str,
) -> ReasoningSummaryPartAddedEventType:
    if value in REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
