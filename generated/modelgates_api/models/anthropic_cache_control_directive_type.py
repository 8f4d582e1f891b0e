from typing import Literal

from ..types import check_enum

AnthropicCacheControlDirectiveType = Literal["ephemeral"] | str

ANTHROPIC_CACHE_CONTROL_DIRECTIVE_TYPE_VALUES: set[AnthropicCacheControlDirectiveType] = {
    "ephemeral",
}


def check_anthropic_cache_control_directive_type(value: str) -> AnthropicCacheControlDirectiveType:
    return check_enum(value, ANTHROPIC_CACHE_CONTROL_DIRECTIVE_TYPE_VALUES, "AnthropicCacheControlDirectiveType")
