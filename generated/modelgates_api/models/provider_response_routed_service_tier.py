from typing import Literal

ProviderResponseRoutedServiceTier = Literal["flex", "priority"]

PROVIDER_RESPONSE_ROUTED_SERVICE_TIER_VALUES: set[ProviderResponseRoutedServiceTier] = {
    "flex",
    "priority",
}


def check_provider_response_routed_service_tier(
    value: str,
) -> ProviderResponseRoutedServiceTier:
    if value in PROVIDER_RESPONSE_ROUTED_SERVICE_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_RESPONSE_ROUTED_SERVICE_TIER_VALUES!r}"
    )
