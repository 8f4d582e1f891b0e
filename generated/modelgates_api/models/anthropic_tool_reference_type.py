from typing import Literal

AnthropicToolReferenceType = Literal["tool_reference"]

ANTHROPIC_TOOL_REFERENCE_TYPE_VALUES: set[AnthropicToolReferenceType] = {
    "tool_reference",
}


def check_anthropic_tool_reference_type(value: str) -> AnthropicToolReferenceType:
    if value in ANTHROPIC_TOOL_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_REFERENCE_TYPE_VALUES!r}"
    )
