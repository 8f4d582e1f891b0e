from typing import Literal

MessagesRequestToolsItemType1Name = Literal["bash"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_NAME_VALUES: set[
    MessagesRequestToolsItemType1Name
] = {
    "bash",
}


def check_messages_request_tools_item_type_1_name(
    value: str,
) -> MessagesRequestToolsItemType1Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_NAME_VALUES!r}"
    )
