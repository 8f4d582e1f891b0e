from typing import Literal

from ..types import check_enum

BaseReasoningSummaryTextDeltaEventType = Literal["response.reasoning_summary_text.delta"] | str

BASE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES: set[BaseReasoningSummaryTextDeltaEventType] = {
    "response.reasoning_summary_text.delta",
}


def check_base_reasoning_summary_text_delta_event_type(value: str) -> BaseReasoningSummaryTextDeltaEventType:
    return check_enum(
        value, BASE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES, "BaseReasoningSummaryTextDeltaEventType"
    )
