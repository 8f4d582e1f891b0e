from typing import Literal

BaseReasoningSummaryPartDoneEventType = Literal["response.reasoning_summary_part.done"]

BASE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES: set[
    BaseReasoningSummaryPartDoneEventType
] = {
    "response.reasoning_summary_part.done",
}


def check_base_reasoning_summary_part_done_event_type(
    value: str,
) -> BaseReasoningSummaryPartDoneEventType:
    if value in BASE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
