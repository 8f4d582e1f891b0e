from typing import Literal

MessagesDeltaEventType = Literal["message_delta"]

MESSAGES_DELTA_EVENT_TYPE_VALUES: set[MessagesDeltaEventType] = {
    "message_delta",
}


def check_messages_delta_event_type(value: str) -> MessagesDeltaEventType:
    if value in MESSAGES_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_DELTA_EVENT_TYPE_VALUES!r}"
    )
