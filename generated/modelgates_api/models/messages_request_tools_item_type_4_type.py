from typing import Literal

MessagesRequestToolsItemType4Type = Literal["web_search_20260209"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_TYPE_VALUES: set[
    MessagesRequestToolsItemType4Type
] = {
    "web_search_20260209",
}


def check_messages_request_tools_item_type_4_type(
    value: str,
) -> MessagesRequestToolsItemType4Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_TYPE_VALUES!r}"
    )
