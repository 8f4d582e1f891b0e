from typing import Literal

MessagesStopEventType = Literal["message_stop"]

MESSAGES_STOP_EVENT_TYPE_VALUES: set[MessagesStopEventType] = {
    "message_stop",
}


def check_messages_stop_event_type(value: str) -> MessagesStopEventType:
    if value in MESSAGES_STOP_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_STOP_EVENT_TYPE_VALUES!r}"
    )
