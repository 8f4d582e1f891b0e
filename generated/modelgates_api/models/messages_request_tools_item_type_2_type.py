from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType2Type = Literal["text_editor_20250124"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_TYPE_VALUES: set[MessagesRequestToolsItemType2Type] = {
    "text_editor_20250124",
}


def check_messages_request_tools_item_type_2_type(value: str) -> MessagesRequestToolsItemType2Type:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_2_TYPE_VALUES, "MessagesRequestToolsItemType2Type")
