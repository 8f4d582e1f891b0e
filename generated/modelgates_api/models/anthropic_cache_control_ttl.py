from typing import Literal

AnthropicCacheControlTtl = Literal["1h", "5m"]

ANTHROPIC_CACHE_CONTROL_TTL_VALUES: set[AnthropicCacheControlTtl] = {
    "1h",
    "5m",
}


def check_anthropic_cache_control_ttl(value: str) -> AnthropicCacheControlTtl:
    if value in ANTHROPIC_CACHE_CONTROL_TTL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CACHE_CONTROL_TTL_VALUES!r}"
    )
