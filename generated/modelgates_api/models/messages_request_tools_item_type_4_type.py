from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType4Type = Literal["web_search_20260209"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_TYPE_VALUES: set[MessagesRequestToolsItemType4Type] = {
    "web_search_20260209",
}


def check_messages_request_tools_item_type_4_type(value: str) -> MessagesRequestToolsItemType4Type:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_TYPE_VALUES, "MessagesRequestToolsItemType4Type")
