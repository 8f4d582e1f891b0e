from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType4Name = Literal["web_search"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_NAME_VALUES: set[MessagesRequestToolsItemType4Name] = {
    "web_search",
}


def check_messages_request_tools_item_type_4_name(value: str) -> MessagesRequestToolsItemType4Name:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_4_NAME_VALUES, "MessagesRequestToolsItemType4Name")
