from typing import Literal

MessagesToolRemovalBlockType = Literal["tool_removal"]

MESSAGES_TOOL_REMOVAL_BLOCK_TYPE_VALUES: set[MessagesToolRemovalBlockType] = {
    "tool_removal",
}


def check_messages_tool_removal_block_type(value: str) -> MessagesToolRemovalBlockType:
    if value in MESSAGES_TOOL_REMOVAL_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_REMOVAL_BLOCK_TYPE_VALUES!r}"
    )
