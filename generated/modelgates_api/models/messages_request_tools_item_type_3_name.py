from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType3Name = Literal["web_search"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_NAME_VALUES: set[MessagesRequestToolsItemType3Name] = {
    "web_search",
}


def check_messages_request_tools_item_type_3_name(value: str) -> MessagesRequestToolsItemType3Name:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_3_NAME_VALUES, "MessagesRequestToolsItemType3Name")
