from typing import Literal

from ..types import check_enum

AnthropicServiceTier = Literal["batch", "priority", "standard"] | str

ANTHROPIC_SERVICE_TIER_VALUES: set[AnthropicServiceTier] = {
    "batch",
    "priority",
    "standard",
}


def check_anthropic_service_tier(value: str) -> AnthropicServiceTier:
    return check_enum(value, ANTHROPIC_SERVICE_TIER_VALUES, "AnthropicServiceTier")
