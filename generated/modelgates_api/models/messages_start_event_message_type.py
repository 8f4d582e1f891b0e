from typing import Literal

from ..types import check_enum

MessagesStartEventMessageType = Literal["message"] | str

MESSAGES_START_EVENT_MESSAGE_TYPE_VALUES: set[MessagesStartEventMessageType] = {
    "message",
}


def check_messages_start_event_message_type(value: str) -> MessagesStartEventMessageType:
    return check_enum(value, MESSAGES_START_EVENT_MESSAGE_TYPE_VALUES, "MessagesStartEventMessageType")
