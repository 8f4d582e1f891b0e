from typing import Literal

from ..types import check_enum

BaseRefusalDoneEventType = Literal["response.refusal.done"] | str

BASE_REFUSAL_DONE_EVENT_TYPE_VALUES: set[BaseRefusalDoneEventType] = {
    "response.refusal.done",
}


def check_base_refusal_done_event_type(value: str) -> BaseRefusalDoneEventType:
    return check_enum(value, BASE_REFUSAL_DONE_EVENT_TYPE_VALUES, "BaseRefusalDoneEventType")
