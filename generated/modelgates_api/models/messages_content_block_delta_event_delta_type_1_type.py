from typing import Literal

MessagesContentBlockDeltaEventDeltaType1Type = Literal["input_json_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_1_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaType1Type
] = {
    "input_json_delta",
}


def check_messages_content_block_delta_event_delta_type_1_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType1Type:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_1_TYPE_VALUES!r}"
    )
