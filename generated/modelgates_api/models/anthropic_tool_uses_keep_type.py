from typing import Literal

from ..types import check_enum

AnthropicToolUsesKeepType = Literal["tool_uses"] | str

ANTHROPIC_TOOL_USES_KEEP_TYPE_VALUES: set[AnthropicToolUsesKeepType] = {
    "tool_uses",
}


def check_anthropic_tool_uses_keep_type(value: str) -> AnthropicToolUsesKeepType:
    return check_enum(value, ANTHROPIC_TOOL_USES_KEEP_TYPE_VALUES, "AnthropicToolUsesKeepType")
