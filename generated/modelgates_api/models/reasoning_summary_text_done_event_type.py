from typing import Literal

ReasoningSummaryTextDoneEventType = Literal["response.reasoning_summary_text.done"]

REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES: set[
    ReasoningSummaryTextDoneEventType
] = {
    "response.reasoning_summary_text.done",
}


def check_reasoning_summary_text_done_event_type(
    value: str,
) -> ReasoningSummaryTextDoneEventType:
    if value in REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
