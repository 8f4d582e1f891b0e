from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType1Name = Literal["bash"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_NAME_VALUES: set[MessagesRequestToolsItemType1Name] = {
    "bash",
}


def check_messages_request_tools_item_type_1_name(value: str) -> MessagesRequestToolsItemType1Name:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_NAME_VALUES, "MessagesRequestToolsItemType1Name")
