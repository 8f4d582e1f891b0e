from typing import Literal

from ..types import check_enum

MessagesContentBlockDeltaEventDeltaType4Type = Literal["citations_delta"] | str

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_4_TYPE_VALUES: set[MessagesContentBlockDeltaEventDeltaType4Type] = {
    "citations_delta",
}


def check_messages_content_block_delta_event_delta_type_4_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaType4Type:
    return check_enum(
        value,
        MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TYPE_4_TYPE_VALUES,
        "MessagesContentBlockDeltaEventDeltaType4Type",
    )
