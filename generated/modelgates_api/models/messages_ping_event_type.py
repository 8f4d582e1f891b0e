from typing import Literal

from ..types import check_enum

MessagesPingEventType = Literal["ping"] | str

MESSAGES_PING_EVENT_TYPE_VALUES: set[MessagesPingEventType] = {
    "ping",
}


def check_messages_ping_event_type(value: str) -> MessagesPingEventType:
    return check_enum(value, MESSAGES_PING_EVENT_TYPE_VALUES, "MessagesPingEventType")
