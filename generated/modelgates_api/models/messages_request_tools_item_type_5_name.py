from typing import Literal

MessagesRequestToolsItemType5Name = Literal["advisor"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_NAME_VALUES: set[
    MessagesRequestToolsItemType5Name
] = {
    "advisor",
}


def check_messages_request_tools_item_type_5_name(
    value: str,
) -> MessagesRequestToolsItemType5Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_NAME_VALUES!r}"
    )
