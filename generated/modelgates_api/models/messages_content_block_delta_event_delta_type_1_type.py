from typing import Literal

from ..types import check_enum

MessagesContentBlockDeltaEventDeltaType1Type = Literal["input_json_delta"] | str

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_1_TYPE_VALUES: set[MessagesContentBlockDeltaEventDeltaType1Type] = {
    "input_json_delta",
}


def check_messages_content_block_delta_event_delta_type_1_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType1Type:
    return check_enum(
        value,
        MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_1_TYPE_VALUES,
        "MessagesContentBlockDeltaEventDeltaType1Type",
    )
