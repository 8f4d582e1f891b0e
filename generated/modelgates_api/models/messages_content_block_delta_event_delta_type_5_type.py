from typing import Literal

MessagesContentBlockDeltaEventDeltaType5Type = Literal["compaction_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_5_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaType5Type
] = {
    "compaction_delta",
}


def check_messages_content_block_delta_event_delta_type_5_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType5Type:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_5_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_5_TYPE_VALUES!r}"
    )
