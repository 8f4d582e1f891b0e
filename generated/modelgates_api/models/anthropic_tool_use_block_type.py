from typing import Literal

from ..types import check_enum

AnthropicToolUseBlockType = Literal["tool_use"] | str

ANTHROPIC_TOOL_USE_BLOCK_TYPE_VALUES: set[AnthropicToolUseBlockType] = {
    "tool_use",
}


def check_anthropic_tool_use_block_type(value: str) -> AnthropicToolUseBlockType:
    return check_enum(value, ANTHROPIC_TOOL_USE_BLOCK_TYPE_VALUES, "AnthropicToolUseBlockType")
