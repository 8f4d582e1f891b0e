from typing import Literal

from ..types import check_enum

MessagesContentBlockDeltaEventDeltaType3Type = Literal["signature_delta"] | str

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_3_TYPE_VALUES: set[MessagesContentBlockDeltaEventDeltaType3Type] = {
    "signature_delta",
}


def check_messages_content_block_delta_event_delta_type_3_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType3Type:
    return check_enum(
        value,
        MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_3_TYPE_VALUES,
        "MessagesContentBlockDeltaEventDeltaType3Type",
    )
