from typing import Literal

from ..types import check_enum

MessagesRequestContextManagementType0EditsItemType2Type = Literal["compact_20260112"] | str

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_2_TYPE_VALUES: set[
    MessagesRequestContextManagementType0EditsItemType2Type
] = {
    "compact_20260112",
}


def check_messages_request_context_management_type_0_edits_item_type_2_type(
    value: str,
) -> MessagesRequestContextManagementType0EditsItemType2Type:
    return check_enum(
        value,
        MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_2_TYPE_VALUES,
        "MessagesRequestContextManagementType0EditsItemType2Type",
    )
