from typing import Literal

MessagesToolRemovalBlockToolType1Type = Literal["mcp_tool_reference"]

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_1_TYPE_VALUES: set[
    MessagesToolRemovalBlockToolType1Type
] = {
    "mcp_tool_reference",
}


def check_messages_tool_removal_block_tool_type_1_type(
    value: str,
) -> MessagesToolRemovalBlockToolType1Type:
    if value in MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_1_TYPE_VALUES!r}"
    )
