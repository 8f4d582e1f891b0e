from typing import Literal

AnthropicToolUsesTriggerType = Literal["tool_uses"]

ANTHROPIC_TOOL_USES_TRIGGER_TYPE_VALUES: set[AnthropicToolUsesTriggerType] = {
    "tool_uses",
}


def check_anthropic_tool_uses_trigger_type(value: str) -> AnthropicToolUsesTriggerType:
    if value in ANTHROPIC_TOOL_USES_TRIGGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_USES_TRIGGER_TYPE_VALUES!r}"
    )
