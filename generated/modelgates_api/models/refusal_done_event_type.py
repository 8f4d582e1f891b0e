from typing import Literal

RefusalDoneEventType = Literal["response.refusal.done"]

REFUSAL_DONE_EVENT_TYPE_VALUES: set[RefusalDoneEventType] = {
    "response.refusal.done",
}


def check_refusal_done_event_type(value: str) -> RefusalDoneEventType:
    if value in REFUSAL_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFUSAL_DONE_EVENT_TYPE_VALUES!r}"
    )
