from typing import Literal

from ..types import check_enum

MessagesContentBlockStartEventContentBlockType16Type = Literal["compaction"] | str

MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_TYPE_16_TYPE_VALUES: set[
    MessagesContentBlockStartEventContentBlockType16Type
] = {
    "compaction",
}


def check_messages_content_block_start_event_content_block_type_16_type(
    value: str,
) -> MessagesContentBlockStartEventContentBlockType16Type:
    return check_enum(
        value,
        MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_TYPE_16_TYPE_VALUES,
        "MessagesContentBlockStartEventContentBlockType16Type",
    )
