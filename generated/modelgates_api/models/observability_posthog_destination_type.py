from typing import Literal

from ..types import check_enum

ObservabilityPosthogDestinationType = Literal["posthog"] | str

OBSERVABILITY_POSTHOG_DESTINATION_TYPE_VALUES: set[ObservabilityPosthogDestinationType] = {
    "posthog",
}


def check_observability_posthog_destination_type(value: str) -> ObservabilityPosthogDestinationType:
    return check_enum(value, OBSERVABILITY_POSTHOG_DESTINATION_TYPE_VALUES, "ObservabilityPosthogDestinationType")
