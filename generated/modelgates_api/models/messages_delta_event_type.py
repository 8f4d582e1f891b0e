from typing import Literal

from ..types import check_enum

MessagesDeltaEventType = Literal["message_delta"] | str

MESSAGES_DELTA_EVENT_TYPE_VALUES: set[MessagesDeltaEventType] = {
    "message_delta",
}


def check_messages_delta_event_type(value: str) -> MessagesDeltaEventType:
    return check_enum(value, MESSAGES_DELTA_EVENT_TYPE_VALUES, "MessagesDeltaEventType")
