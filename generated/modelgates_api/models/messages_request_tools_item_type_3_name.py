from typing import Literal

MessagesRequestToolsItemType3Name = Literal["web_search"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_NAME_VALUES: set[
    MessagesRequestToolsItemType3Name
] = {
    "web_search",
}


def check_messages_request_tools_item_type_3_name(
    value: str,
) -> MessagesRequestToolsItemType3Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_NAME_VALUES!r}"
    )
