from typing import Literal

from ..types import check_enum

BaseReasoningSummaryTextDoneEventType = Literal["response.reasoning_summary_text.done"] | str

BASE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES: set[BaseReasoningSummaryTextDoneEventType] = {
    "response.reasoning_summary_text.done",
}


def check_base_reasoning_summary_text_done_event_type(value: str) -> BaseReasoningSummaryTextDoneEventType:
    return check_enum(
        value, BASE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES, "BaseReasoningSummaryTextDoneEventType"
    )
