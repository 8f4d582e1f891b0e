from typing import Literal

from ..types import check_enum

MessagesStartEventType = Literal["message_start"] | str

MESSAGES_START_EVENT_TYPE_VALUES: set[MessagesStartEventType] = {
    "message_start",
}


def check_messages_start_event_type(value: str) -> MessagesStartEventType:
    return check_enum(value, MESSAGES_START_EVENT_TYPE_VALUES, "MessagesStartEventType")
