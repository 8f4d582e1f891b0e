from typing import Literal

from ..types import check_enum

MessagesContentBlockDeltaEventType = Literal["content_block_delta"] | str

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES: set[MessagesContentBlockDeltaEventType] = {
    "content_block_delta",
}


def check_messages_content_block_delta_event_type(value: str) -> MessagesContentBlockDeltaEventType:
    return check_enum(value, MESSAGES_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES, "MessagesContentBlockDeltaEventType")
