from typing import Literal

from ..types import check_enum

MessagesRequestToolsItemType1Type = Literal["bash_20250124"] | str

MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_TYPE_VALUES: set[MessagesRequestToolsItemType1Type] = {
    "bash_20250124",
}


def check_messages_request_tools_item_type_1_type(value: str) -> MessagesRequestToolsItemType1Type:
    return check_enum(value, MESSAGES_REQUEST_TOOLS_ITEM_TYPE_1_TYPE_VALUES, "MessagesRequestToolsItemType1Type")
