from typing import Literal

from ..types import check_enum

AnthropicToolUsesTriggerType = Literal["tool_uses"] | str

ANTHROPIC_TOOL_USES_TRIGGER_TYPE_VALUES: set[AnthropicToolUsesTriggerType] = {
    "tool_uses",
}


def check_anthropic_tool_uses_trigger_type(value: str) -> AnthropicToolUsesTriggerType:
    return check_enum(value, ANTHROPIC_TOOL_USES_TRIGGER_TYPE_VALUES, "AnthropicToolUsesTriggerType")
