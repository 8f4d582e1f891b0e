from typing import Literal

ReasoningSummaryTextDeltaEventType = Literal["response.reasoning_summary_text.delta"]

REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES: set[
    ReasoningSummaryTextDeltaEventType
] = {
    "response.reasoning_summary_text.delta",
}


def check_reasoning_summary_text_delta_event_type(
    value: str,
) -> ReasoningSummaryTextDeltaEventType:
    if value in REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
