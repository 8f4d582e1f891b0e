from typing import Literal

MessagesRequestToolsItemType4Name = Literal["web_search"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_NAME_VALUES: set[
    MessagesRequestToolsItemType4Name
] = {
    "web_search",
}


def check_messages_request_tools_item_type_4_name(
    value: str,
) -> MessagesRequestToolsItemType4Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_NAME_VALUES!r}"
    )
