from typing import Literal

MessagesContentBlockDeltaEventDeltaType3Type = Literal["signature_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_3_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaType3Type
] = {
    "signature_delta",
}


def check_messages_content_block_delta_event_delta_type_3_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType3Type:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_3_TYPE_VALUES!r}"
    )
