from typing import Literal

from ..types import check_enum

MessagesToolAdditionBlockToolType2Type = Literal["mcp_toolset_reference"] | str

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_2_TYPE_VALUES: set[MessagesToolAdditionBlockToolType2Type] = {
    "mcp_toolset_reference",
}


def check_messages_tool_addition_block_tool_type_2_type(value: str) -> MessagesToolAdditionBlockToolType2Type:
    return check_enum(
        value, MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_2_TYPE_VALUES, "MessagesToolAdditionBlockToolType2Type"
    )
