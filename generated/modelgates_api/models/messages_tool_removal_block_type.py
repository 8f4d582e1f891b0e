from typing import Literal

from ..types import check_enum

MessagesToolRemovalBlockType = Literal["tool_removal"] | str

MESSAGES_TOOL_REMOVAL_BLOCK_TYPE_VALUES: set[MessagesToolRemovalBlockType] = {
    "tool_removal",
}


def check_messages_tool_removal_block_type(value: str) -> MessagesToolRemovalBlockType:
    return check_enum(value, MESSAGES_TOOL_REMOVAL_BLOCK_TYPE_VALUES, "MessagesToolRemovalBlockType")
