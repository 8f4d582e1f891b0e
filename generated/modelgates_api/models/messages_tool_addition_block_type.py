from typing import Literal

from ..types import check_enum

MessagesToolAdditionBlockType = Literal["tool_addition"] | str

MESSAGES_TOOL_ADDITION_BLOCK_TYPE_VALUES: set[MessagesToolAdditionBlockType] = {
    "tool_addition",
}


def check_messages_tool_addition_block_type(value: str) -> MessagesToolAdditionBlockType:
    return check_enum(value, MESSAGES_TOOL_ADDITION_BLOCK_TYPE_VALUES, "MessagesToolAdditionBlockType")
