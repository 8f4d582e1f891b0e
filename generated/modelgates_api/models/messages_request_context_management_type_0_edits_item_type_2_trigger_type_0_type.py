from typing import Literal

from ..types import check_enum

MessagesRequestContextManagementType0EditsItemType2TriggerType0Type = Literal["input_tokens"] | str

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_2_TRIGGER_TYPE_0_TYPE_VALUES: set[
    MessagesRequestContextManagementType0EditsItemType2TriggerType0Type
] = {
    "input_tokens",
}


def check_messages_request_context_management_type_0_edits_item_type_2_trigger_type_0_type(
    value: str,
) -> MessagesRequestContextManagementType0EditsItemType2TriggerType0Type:
    return check_enum(
        value,
        MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_2_TRIGGER_TYPE_0_TYPE_VALUES,
        "MessagesRequestContextManagementType0EditsItemType2TriggerType0Type",
    )
