from typing import Literal

from ..types import check_enum

MessagesToolAdditionBlockToolType0Type = Literal["tool_reference"] | str

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_0_TYPE_VALUES: set[MessagesToolAdditionBlockToolType0Type] = {
    "tool_reference",
}


def check_messages_tool_addition_block_tool_type_0_type(value: str) -> MessagesToolAdditionBlockToolType0Type:
    return check_enum(
        value, MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_0_TYPE_VALUES, "MessagesToolAdditionBlockToolType0Type"
    )
