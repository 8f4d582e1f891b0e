from typing import Literal

MessagesRequestToolsItemType2Name = Literal["str_replace_editor"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_NAME_VALUES: set[
    MessagesRequestToolsItemType2Name
] = {
    "str_replace_editor",
}


def check_messages_request_tools_item_type_2_name(
    value: str,
) -> MessagesRequestToolsItemType2Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_NAME_VALUES!r}"
    )
