from typing import Literal

from ..types import check_enum

MessagesContentBlockDeltaEventDeltaType0Type = Literal["text_delta"] | str

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_0_TYPE_VALUES: set[MessagesContentBlockDeltaEventDeltaType0Type] = {
    "text_delta",
}


def check_messages_content_block_delta_event_delta_type_0_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType0Type:
    return check_enum(
        value,
        MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_0_TYPE_VALUES,
        "MessagesContentBlockDeltaEventDeltaType0Type",
    )
