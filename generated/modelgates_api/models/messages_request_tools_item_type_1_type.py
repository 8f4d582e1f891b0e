from typing import Literal

MessagesRequestToolsItemType1Type = Literal["bash_20250124"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_TYPE_VALUES: set[
    MessagesRequestToolsItemType1Type
] = {
    "bash_20250124",
}


def check_messages_request_tools_item_type_1_type(
    value: str,
) -> MessagesRequestToolsItemType1Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
