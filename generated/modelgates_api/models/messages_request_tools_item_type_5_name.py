from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType5Name = Literal["advisor"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_NAME_VALUES: set[MessagesRequestToolsItemType5Name] = {
    "advisor",
}


def check_messages_request_tools_item_type_5_name(value: str) -> MessagesRequestToolsItemType5Name:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_NAME_VALUES, "MessagesRequestToolsItemType5Name")
