from typing import Literal

from ..types import check_enum

MessagesRequestContextManagementType0EditsItemType0Type = Literal["clear_tool_uses_20250919"] | str

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_0_TYPE_VALUES: set[
    MessagesRequestContextManagementType0EditsItemType0Type
] = {
    "clear_tool_uses_20250919",
}


def check_messages_request_context_management_type_0_edits_item_type_0_type(
    value: str,
) -> MessagesRequestContextManagementType0EditsItemType0Type:
    return check_enum(
        value,
        MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_0_TYPE_VALUES,
        "MessagesRequestContextManagementType0EditsItemType0Type",
    )
