from typing import Literal

from ..types import check_enum

MessagesErrorEventType = Literal["error"] | str

MESSAGES_ERROR_EVENT_TYPE_VALUES: set[MessagesErrorEventType] = {
    "error",
}


def check_messages_error_event_type(value: str) -> MessagesErrorEventType:
    return check_enum(value, MESSAGES_ERROR_EVENT_TYPE_VALUES, "MessagesErrorEventType")
