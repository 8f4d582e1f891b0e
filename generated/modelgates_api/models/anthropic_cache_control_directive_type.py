from typing import Literal

AnthropicCacheControlDirectiveType = Literal["ephemeral"]

ANTHROPIC_CACHE_CONTROL_DIRECTIVE_TYPE_VALUES: set[
    AnthropicCacheControlDirectiveType
] = {
    "ephemeral",
}


def check_anthropic_cache_control_directive_type(
    value: str,
) -> AnthropicCacheControlDirectiveType:
    if value in ANTHROPIC_CACHE_CONTROL_DIRECTIVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CACHE_CONTROL_DIRECTIVE_TYPE_VALUES!r}"
    )
