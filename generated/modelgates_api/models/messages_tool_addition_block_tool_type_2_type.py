from typing import Literal

MessagesToolAdditionBlockToolType2Type = Literal["mcp_toolset_reference"]

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_2_TYPE_VALUES: set[
    MessagesToolAdditionBlockToolType2Type
] = {
    "mcp_toolset_reference",
}


def check_messages_tool_addition_block_tool_type_2_type(
    value: str,
) -> MessagesToolAdditionBlockToolType2Type:
    if value in MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_2_TYPE_VALUES!r}"
    )
