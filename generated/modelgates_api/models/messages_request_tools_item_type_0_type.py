from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType0Type = Literal["custom"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[MessagesRequestToolsItemType0Type] = {
    "custom",
}


def check_messages_request_tools_item_type_0_type(value: str) -> MessagesRequestToolsItemType0Type:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES, "MessagesRequestToolsItemType0Type")
