from typing import Literal

from ..types import check_enum

MessagesContentBlockDeltaEventDeltaType2Type = Literal["thinking_delta"] | str

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_2_TYPE_VALUES: set[MessagesContentBlockDeltaEventDeltaType2Type] = {
    "thinking_delta",
}


def check_messages_content_block_delta_event_delta_type_2_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType2Type:
    return check_enum(
        value,
        MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_2_TYPE_VALUES,
        "MessagesContentBlockDeltaEventDeltaType2Type",
    )
