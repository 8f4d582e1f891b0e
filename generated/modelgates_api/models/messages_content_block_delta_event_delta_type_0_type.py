from typing import Literal

MessagesContentBlockDeltaEventDeltaType0Type = Literal["text_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_0_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaType0Type
] = {
    "text_delta",
}


def check_messages_content_block_delta_event_delta_type_0_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType0Type:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_0_TYPE_VALUES!r}"
    )
