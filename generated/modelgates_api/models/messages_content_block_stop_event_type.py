from typing import Literal

from ..types import check_enum

MessagesContentBlockStopEventType = Literal["content_block_stop"] | str

MESSAGES_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES: set[MessagesContentBlockStopEventType] = {
    "content_block_stop",
}


def check_messages_content_block_stop_event_type(value: str) -> MessagesContentBlockStopEventType:
    return check_enum(value, MESSAGES_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES, "MessagesContentBlockStopEventType")
