from typing import Literal

from ..types import check_enum

AnthropicCacheControlTtl = Literal["1h", "5m"] | str

ANTHROPIC_CACHE_CONTROL_TTL_VALUES: set[AnthropicCacheControlTtl] = {
    "1h",
    "5m",
}


def check_anthropic_cache_control_ttl(value: str) -> AnthropicCacheControlTtl:
    return check_enum(value, ANTHROPIC_CACHE_CONTROL_TTL_VALUES, "AnthropicCacheControlTtl")
