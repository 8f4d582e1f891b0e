from typing import Literal

from ..types import check_enum

MessagesToolRemovalBlockToolType2Type = Literal["mcp_toolset_reference"] | str

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_2_TYPE_VALUES: set[MessagesToolRemovalBlockToolType2Type] = {
    "mcp_toolset_reference",
}


def check_messages_tool_removal_block_tool_type_2_type(value: str) -> MessagesToolRemovalBlockToolType2Type:
    return check_enum(
        value, MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_2_TYPE_VALUES, "MessagesToolRemovalBlockToolType2Type"
    )
