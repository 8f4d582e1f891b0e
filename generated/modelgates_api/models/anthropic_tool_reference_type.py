from typing import Literal

from ..types import check_enum

AnthropicToolReferenceType = Literal["tool_reference"] | str

ANTHROPIC_TOOL_REFERENCE_TYPE_VALUES: set[AnthropicToolReferenceType] = {
    "tool_reference",
}


def check_anthropic_tool_reference_type(value: str) -> AnthropicToolReferenceType:
    return check_enum(value, ANTHROPIC_TOOL_REFERENCE_TYPE_VALUES, "AnthropicToolReferenceType")
