from typing import Literal

MessagesStartEventMessageType = Literal["message"]

MESSAGES_START_EVENT_MESSAGE_TYPE_VALUES: set[MessagesStartEventMessageType] = {
    "message",
}


def check_messages_start_event_message_type(
    value: str,
) -> MessagesStartEventMessageType:
    if value in MESSAGES_START_EVENT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_START_EVENT_MESSAGE_TYPE_VALUES!r}"
    )
