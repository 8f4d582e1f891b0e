from typing import Literal

ReasoningSummaryPartDoneEventType = Literal["response.reasoning_summary_part.done"]

REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES: set[
    ReasoningSummaryPartDoneEventType
] = {
    "response.reasoning_summary_part.done",
}


def check_reasoning_summary_part_done_event_type(
    value: str,
) -> ReasoningSummaryPartDoneEventType:
    if value in REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
