from typing import Literal

MessagesRequestToolsItemType3Type = Literal["web_search_20250305"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_TYPE_VALUES: set[
    MessagesRequestToolsItemType3Type
] = {
    "web_search_20250305",
}


def check_messages_request_tools_item_type_3_type(
    value: str,
) -> MessagesRequestToolsItemType3Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_TYPE_VALUES!r}"
    )
