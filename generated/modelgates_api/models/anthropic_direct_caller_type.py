from typing import Literal

from ..types import check_enum

AnthropicDirectCallerType = Literal["direct"] | str

ANTHROPIC_DIRECT_CALLER_TYPE_VALUES: set[AnthropicDirectCallerType] = {
    "direct",
}


def check_anthropic_direct_caller_type(value: str) -> AnthropicDirectCallerType:
    return check_enum(value, ANTHROPIC_DIRECT_CALLER_TYPE_VALUES, "AnthropicDirectCallerType")
