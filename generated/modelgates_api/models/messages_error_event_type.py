from typing import Literal

MessagesErrorEventType = Literal["error"]

MESSAGES_ERROR_EVENT_TYPE_VALUES: set[MessagesErrorEventType] = {
    "error",
}


def check_messages_error_event_type(value: str) -> MessagesErrorEventType:
    if value in MESSAGES_ERROR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_ERROR_EVENT_TYPE_VALUES!r}"
    )
