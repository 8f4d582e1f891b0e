from typing import Literal

from ..types import check_enum

MessagesShellToolResultBlockType = Literal["openrouter_shell_tool_result"] | str

MESSAGES_SHELL_TOOL_RESULT_BLOCK_TYPE_VALUES: set[MessagesShellToolResultBlockType] = {
    "openrouter_shell_tool_result",
}


def check_messages_shell_tool_result_block_type(value: str) -> MessagesShellToolResultBlockType:
    return check_enum(value, MESSAGES_SHELL_TOOL_RESULT_BLOCK_TYPE_VALUES, "MessagesShellToolResultBlockType")
