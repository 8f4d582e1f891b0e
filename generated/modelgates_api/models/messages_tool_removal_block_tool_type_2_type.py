from typing import Literal

MessagesToolRemovalBlockToolType2Type = Literal["mcp_toolset_reference"]

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_2_TYPE_VALUES: set[
    MessagesToolRemovalBlockToolType2Type
] = {
    "mcp_toolset_reference",
}


def check_messages_tool_removal_block_tool_type_2_type(
    value: str,
) -> MessagesToolRemovalBlockToolType2Type:
    if value in MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_2_TYPE_VALUES!r}"
    )
