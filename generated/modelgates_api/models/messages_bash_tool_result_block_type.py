from typing import Literal

MessagesBashToolResultBlockType = Literal["openrouter_bash_tool_result"]

MESSAGES_BASH_TOOL_RESULT_BLOCK_TYPE_VALUES: set[MessagesBashToolResultBlockType] = {
    "openrouter_bash_tool_result",
}


def check_messages_bash_tool_result_block_type(
    value: str,
) -> MessagesBashToolResultBlockType:
    if value in MESSAGES_BASH_TOOL_RESULT_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_BASH_TOOL_RESULT_BLOCK_TYPE_VALUES!r}"
    )
