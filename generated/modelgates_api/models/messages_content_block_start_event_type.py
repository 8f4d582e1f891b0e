from typing import Literal

from ..types import check_enum

MessagesContentBlockStartEventType = Literal["content_block_start"] | str

MESSAGES_CONTENT_BLOCK_START_EVENT_TYPE_VALUES: set[MessagesContentBlockStartEventType] = {
    "content_block_start",
}


def check_messages_content_block_start_event_type(value: str) -> MessagesContentBlockStartEventType:
    return check_enum(value, MESSAGES_CONTENT_BLOCK_START_EVENT_TYPE_VALUES, "MessagesContentBlockStartEventType")
