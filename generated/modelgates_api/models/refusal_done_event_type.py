from typing import Literal

from ..types import check_enum

RefusalDoneEventType = Literal["response.refusal.done"] | str

REFUSAL_DONE_EVENT_TYPE_VALUES: set[RefusalDoneEventType] = {
    "response.refusal.done",
}


def check_refusal_done_event_type(value: str) -> RefusalDoneEventType:
    return check_enum(value, REFUSAL_DONE_EVENT_TYPE_VALUES, "RefusalDoneEventType")
