from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType3Type = Literal["web_search_20250305"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_TYPE_VALUES: set[MessagesRequestToolsItemType3Type] = {
    "web_search_20250305",
}


def check_messages_request_tools_item_type_3_type(value: str) -> MessagesRequestToolsItemType3Type:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_TYPE_VALUES, "MessagesRequestToolsItemType3Type")
