from typing import Literal

MessagesToolAdditionBlockType = Literal["tool_addition"]

MESSAGES_TOOL_ADDITION_BLOCK_TYPE_VALUES: set[MessagesToolAdditionBlockType] = {
    "tool_addition",
}


def check_messages_tool_addition_block_type(
    value: str,
) -> MessagesToolAdditionBlockType:
    if value in MESSAGES_TOOL_ADDITION_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_ADDITION_BLOCK_TYPE_VALUES!r}"
    )
