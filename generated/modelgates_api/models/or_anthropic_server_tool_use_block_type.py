from typing import Literal

from ..types import check_enum

ORAnthropicServerToolUseBlockType = Literal["server_tool_use"] | str

OR_ANTHROPIC_SERVER_TOOL_USE_BLOCK_TYPE_VALUES: set[ORAnthropicServerToolUseBlockType] = {
    "server_tool_use",
}


def check_or_anthropic_server_tool_use_block_type(value: str) -> ORAnthropicServerToolUseBlockType:
    return check_enum(value, OR_ANTHROPIC_SERVER_TOOL_USE_BLOCK_TYPE_VALUES, "ORAnthropicServerToolUseBlockType")
