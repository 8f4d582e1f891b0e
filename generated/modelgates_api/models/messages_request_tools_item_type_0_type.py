from typing import Literal

MessagesRequestToolsItemType0Type = Literal["custom"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[
    MessagesRequestToolsItemType0Type
] = {
    "custom",
}


def check_messages_request_tools_item_type_0_type(
    value: str,
) -> MessagesRequestToolsItemType0Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
