from typing import Literal

MessagesContentBlockDeltaEventDeltaType2Type = Literal["thinking_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_2_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaType2Type
] = {
    "thinking_delta",
}


def check_messages_content_block_delta_event_delta_type_2_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType2Type:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_2_TYPE_VALUES!r}"
    )
