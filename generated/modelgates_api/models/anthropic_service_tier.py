from typing import Literal

AnthropicServiceTier = Literal["batch", "priority", "standard"]

ANTHROPIC_SERVICE_TIER_VALUES: set[AnthropicServiceTier] = {
    "batch",
    "priority",
    "standard",
}


def check_anthropic_service_tier(value: str) -> AnthropicServiceTier:
    if value in ANTHROPIC_SERVICE_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_SERVICE_TIER_VALUES!r}"
    )
