from typing import Literal

MessagesContentBlockDeltaEventDeltaType4Type = Literal["citations_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_4_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaType4Type
] = {
    "citations_delta",
}


def check_messages_content_block_delta_event_delta_type_4_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType4Type:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_4_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_4_TYPE_VALUES!r}"
    )
