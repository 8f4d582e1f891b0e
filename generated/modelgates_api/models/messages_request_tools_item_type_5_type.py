from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType5Type = Literal["advisor_20260301"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_TYPE_VALUES: set[MessagesRequestToolsItemType5Type] = {
    "advisor_20260301",
}


def check_messages_request_tools_item_type_5_type(value: str) -> MessagesRequestToolsItemType5Type:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_5_TYPE_VALUES, "MessagesRequestToolsItemType5Type")
