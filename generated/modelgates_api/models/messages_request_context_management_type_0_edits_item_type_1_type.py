from typing import Literal

from ..types import check_enum

MessagesRequestContextManagementType0EditsItemType1Type = Literal["clear_thinking_20251015"] | str

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_1_TYPE_VALUES: set[
    MessagesRequestContextManagementType0EditsItemType1Type
] = {
    "clear_thinking_20251015",
}


def check_messages_request_context_management_type_0_edits_item_type_1_type(
    value: str,
) -> MessagesRequestContextManagementType0EditsItemType1Type:
    return check_enum(
        value,
        MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_1_TYPE_VALUES,
        "MessagesRequestContextManagementType0EditsItemType1Type",
    )
