from typing import Literal

BaseReasoningSummaryTextDeltaEventType = Literal[
    "response.reasoning_summary_text.delta"
]

BASE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES: set[
    BaseReasoningSummaryTextDeltaEventType
] = {
    "response.reasoning_summary_text.delta",
}


def check_base_reasoning_summary_text_delta_event_type(
    value: str,
) -> BaseReasoningSummaryTextDeltaEventType:
    if value in BASE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
