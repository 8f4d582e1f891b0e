from typing import Literal

from ..types import check_enum

BaseReasoningSummaryPartDoneEventType = Literal["response.reasoning_summary_part.done"] | str

BASE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES: set[BaseReasoningSummaryPartDoneEventType] = {
    "response.reasoning_summary_part.done",
}


def check_base_reasoning_summary_part_done_event_type(value: str) -> BaseReasoningSummaryPartDoneEventType:
    return check_enum(
        value, BASE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES, "BaseReasoningSummaryPartDoneEventType"
    )
