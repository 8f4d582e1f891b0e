from typing import Literal

BaseReasoningSummaryPartAddedEventType = Literal[
    "response.reasoning_summary_part.added"
]

BASE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES: set[
    BaseReasoningSummaryPartAddedEventType
] = {
    "response.reasoning_summary_part.added",
}


def check_base_reasoning_summary_part_added_event_type(
    value: str,
) -> BaseReasoningSummaryPartAddedEventType:
    if value in BASE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
