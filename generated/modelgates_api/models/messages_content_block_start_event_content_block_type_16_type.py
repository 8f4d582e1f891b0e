from typing import Literal

MessagesContentBlockStartEventContentBlockType16Type = Literal["compaction"]

MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_TYPE_16_TYPE_VALUES: set[
    MessagesContentBlockStartEventContentBlockType16Type
] = {
    "compaction",
}


def check_messages_content_block_start_event_content_block_type_16_type(
    value: str,
) -> MessagesContentBlockStartEventContentBlockType16Type:
    if value in MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_TYPE_16_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_TYPE_16_TYPE_VALUES!r}"
    )
