from typing import Literal

MessagesRequestToolsItemType5Type = Literal["advisor_20260301"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_TYPE_VALUES: set[
    MessagesRequestToolsItemType5Type
] = {
    "advisor_20260301",
}


def check_messages_request_tools_item_type_5_type(
    value: str,
) -> MessagesRequestToolsItemType5Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_TYPE_VALUES!r}"
    )
