from typing import Literal

MessagesPingEventType = Literal["ping"]

MESSAGES_PING_EVENT_TYPE_VALUES: set[MessagesPingEventType] = {
    "ping",
}


def check_messages_ping_event_type(value: str) -> MessagesPingEventType:
    if value in MESSAGES_PING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_PING_EVENT_TYPE_VALUES!r}"
    )
