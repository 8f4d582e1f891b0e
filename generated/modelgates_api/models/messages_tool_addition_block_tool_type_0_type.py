from typing import Literal

MessagesToolAdditionBlockToolType0Type = Literal["tool_reference"]

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_0_TYPE_VALUES: set[
    MessagesToolAdditionBlockToolType0Type
] = {
    "tool_reference",
}


def check_messages_tool_addition_block_tool_type_0_type(
    value: str,
) -> MessagesToolAdditionBlockToolType0Type:
    if value in MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TYPE_0_TYPE_VALUES!r}"
    )
