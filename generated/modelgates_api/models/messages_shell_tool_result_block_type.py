from typing import Literal

MessagesShellToolResultBlockType = Literal["openrouter_shell_tool_result"]

MESSAGES_SHELL_TOOL_RESULT_BLOCK_TYPE_VALUES: set[MessagesShellToolResultBlockType] = {
    "openrouter_shell_tool_result",
}


def check_messages_shell_tool_result_block_type(
    value: str,
) -> MessagesShellToolResultBlockType:
    if value in MESSAGES_SHELL_TOOL_RESULT_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_SHELL_TOOL_RESULT_BLOCK_TYPE_VALUES!r}"
    )
