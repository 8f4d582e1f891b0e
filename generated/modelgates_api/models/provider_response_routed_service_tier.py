from typing import Literal

from ..types import check_enum

ProviderResponseRoutedServiceTier = Literal["flex", "priority"] | str

PROVIDER_RESPONSE_ROUTED_SERVICE_TIER_VALUES: set[ProviderResponseRoutedServiceTier] = {
    "flex",
    "priority",
}


def check_provider_response_routed_service_tier(value: str) -> ProviderResponseRoutedServiceTier:
    return check_enum(value, PROVIDER_RESPONSE_ROUTED_SERVICE_TIER_VALUES, "ProviderResponseRoutedServiceTier")
