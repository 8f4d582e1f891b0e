from typing import Literal

MessagesRequestToolsItemType2Type = Literal["text_editor_20250124"]

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_TYPE_VALUES: set[
    MessagesRequestToolsItemType2Type
] = {
    "text_editor_20250124",
}


def check_messages_request_tools_item_type_2_type(
    value: str,
) -> MessagesRequestToolsItemType2Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_TYPE_VALUES!r}"
    )
