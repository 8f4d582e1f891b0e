from typing import Literal

from ..types import check_enum

MessagesContentBlockDeltaEventDeltaType5Type = Literal["compaction_delta"] | str

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_5_TYPE_VALUES: set[MessagesContentBlockDeltaEventDeltaType5Type] = {
    "compaction_delta",
}


def check_messages_content_block_delta_event_delta_type_5_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType5Type:
    return check_enum(
        value,
        MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_5_TYPE_VALUES,
        "MessagesContentBlockDeltaEventDeltaType5Type",
    )
