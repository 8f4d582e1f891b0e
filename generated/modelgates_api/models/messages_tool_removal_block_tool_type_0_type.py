from typing import Literal

MessagesToolRemovalBlockToolType0Type = Literal["tool_reference"]

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_0_TYPE_VALUES: set[
    MessagesToolRemovalBlockToolType0Type
] = {
    "tool_reference",
}


def check_messages_tool_removal_block_tool_type_0_type(
    value: str,
) -> MessagesToolRemovalBlockToolType0Type:
    if value in MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TYPE_0_TYPE_VALUES!r}"
    )
