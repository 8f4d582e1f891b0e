from typing import Literal

from ..types import check_enum

MessagesStopEventType = Literal["message_stop"] | str

MESSAGES_STOP_EVENT_TYPE_VALUES: set[MessagesStopEventType] = {
    "message_stop",
}


def check_messages_stop_event_type(value: str) -> MessagesStopEventType:
    return check_enum(value, MESSAGES_STOP_EVENT_TYPE_VALUES, "MessagesStopEventType")
