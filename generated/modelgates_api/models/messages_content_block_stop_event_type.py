from typing import Literal

MessagesContentBlockStopEventType = Literal["content_block_stop"]

MESSAGES_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES: set[
    MessagesContentBlockStopEventType
] = {
    "content_block_stop",
}


def check_messages_content_block_stop_event_type(
    value: str,
) -> MessagesContentBlockStopEventType:
    if value in MESSAGES_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES!r}"
    )
