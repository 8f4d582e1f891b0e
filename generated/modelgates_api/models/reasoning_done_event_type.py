from typing import Literal

from ..types import check_enum

ReasoningDoneEventType = Literal["response.reasoning_text.done"] | str

REASONING_DONE_EVENT_TYPE_VALUES: set[ReasoningDoneEventType] = {
    "response.reasoning_text.done",
}


def check_reasoning_done_event_type(value: str) -> ReasoningDoneEventType:
    return check_enum(value, REASONING_DONE_EVENT_TYPE_VALUES, "ReasoningDoneEventType")
