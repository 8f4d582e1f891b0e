from typing import Literal

from ..types import check_enum

MessagesToolRemovalBlockToolType0Type = Literal["tool_reference"] | str

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_0_TYPE_VALUES: set[MessagesToolRemovalBlockToolType0Type] = {
    "tool_reference",
}


def check_messages_tool_removal_block_tool_type_0_type(value: str) -> MessagesToolRemovalBlockToolType0Type:
    return check_enum(
        value, MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_0_TYPE_VALUES, "MessagesToolRemovalBlockToolType0Type"
    )
