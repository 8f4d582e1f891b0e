from typing import Literal

MessagesToolAdditionBlockToolType1Type = Literal["mcp_tool_reference"]

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_1_TYPE_VALUES: set[
    MessagesToolAdditionBlockToolType1Type
] = {
    "mcp_tool_reference",
}


def check_messages_tool_addition_block_tool_type_1_type(
    value: str,
) -> MessagesToolAdditionBlockToolType1Type:
    if value in MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_1_TYPE_VALUES!r}"
    )
