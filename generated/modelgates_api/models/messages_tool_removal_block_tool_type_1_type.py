from typing import Literal

from ..types import check_enum

MessagesToolRemovalBlockToolType1Type = Literal["mcp_tool_reference"] | str

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_1_TYPE_VALUES: set[MessagesToolRemovalBlockToolType1Type] = {
    "mcp_tool_reference",
}


def check_messages_tool_removal_block_tool_type_1_type(value: str) -> MessagesToolRemovalBlockToolType1Type:
    return check_enum(
        value, MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_1_TYPE_VALUES, "MessagesToolRemovalBlockToolType1Type"
    )
