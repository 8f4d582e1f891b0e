from typing import Literal

from ..types import check_enum

MessagesBashToolResultBlockType = Literal["openrouter_bash_tool_result"] | str

MESSAGES_BASH_TOOL_RESULT_BLOCK_TYPE_VALUES: set[MessagesBashToolResultBlockType] = {
    "openrouter_bash_tool_result",
}


def check_messages_bash_tool_result_block_type(value: str) -> MessagesBashToolResultBlockType:
    return check_enum(value, MESSAGES_BASH_TOOL_RESULT_BLOCK_TYPE_VALUES, "MessagesBashToolResultBlockType")
