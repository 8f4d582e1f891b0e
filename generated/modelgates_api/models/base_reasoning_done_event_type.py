from typing import Literal

from ..types import check_enum

BaseReasoningDoneEventType = Literal["response.reasoning_text.done"] | str

BASE_REASONING_DONE_EVENT_TYPE_VALUES: set[BaseReasoningDoneEventType] = {
    "response.reasoning_text.done",
}


def check_base_reasoning_done_event_type(value: str) -> BaseReasoningDoneEventType:
    return check_enum(value, BASE_REASONING_DONE_EVENT_TYPE_VALUES, "BaseReasoningDoneEventType")
