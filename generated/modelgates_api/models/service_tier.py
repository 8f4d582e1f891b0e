from typing import Literal

from ..types import check_enum

ServiceTier = Literal["auto", "default", "flex", "priority", "scale"] | str

SERVICE_TIER_VALUES: set[ServiceTier] = {
    "auto",
    "default",
    "flex",
    "priority",
    "scale",
}


def check_service_tier(value: str) -> ServiceTier:
    return check_enum(value, SERVICE_TIER_VALUES, "ServiceTier")
