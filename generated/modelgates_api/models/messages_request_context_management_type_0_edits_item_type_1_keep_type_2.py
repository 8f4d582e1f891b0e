from typing import Literal

MessagesRequestContextManagementType0EditsItemType1KeepType2 = Literal["all"]

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_1_KEEP_TYPE_2_VALUES: set[
    MessagesRequestContextManagementType0EditsItemType1KeepType2
] = {
    "all",
}


def check_messages_request_context_management_type_0_edits_item_type_1_keep_type_2(
    value: str,
) -> MessagesRequestContextManagementType0EditsItemType1KeepType2:
    if (
        value
        in MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_1_KEEP_TYPE_2_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_CONTEXT_MANAGEMENT_TYPE_0_EDITS_ITEM_TYPE_1_KEEP_TYPE_2_VALUES!r}"
    )
