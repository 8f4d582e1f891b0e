from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType2Name = Literal["str_replace_editor"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_NAME_VALUES: set[MessagesRequestToolsItemType2Name] = {
    "str_replace_editor",
}


def check_messages_request_tools_item_type_2_name(value: str) -> MessagesRequestToolsItemType2Name:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_NAME_VALUES, "MessagesRequestToolsItemType2Name")
