from typing import Literal

from ..types import check_enum

MessagesToolAdditionBlockToolType1Type = Literal["mcp_tool_reference"] | str

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_1_TYPE_VALUES: set[MessagesToolAdditionBlockToolType1Type] = {
    "mcp_tool_reference",
}


def check_messages_tool_addition_block_tool_type_1_type(value: str) -> MessagesToolAdditionBlockToolType1Type:
    return check_enum(
        value, MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_1_TYPE_VALUES, "MessagesToolAdditionBlockToolType1Type"
    )
