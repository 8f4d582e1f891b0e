from typing import Literal

MessagesRequestContextManagementType0EditsItemType2Type = Literal["compact_20260112"]

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_2_TYPE_VALUES: set[
    MessagesRequestContextManagementType0EditsItemType2Type
] = {
    "compact_20260112",
}


def check_messages_request_context_management_type_0_edits_item_type_2_type(
    value: str,
) -> MessagesRequestContextManagementType0EditsItemType2Type:
    if (
        value
        in MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_2_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_2_TYPE_VALUES!r}"
    )
