from typing import Literal

ObservabilityPosthogDestinationType = Literal["posthog"]

OBSERVABILITY_POSTHOG_DESTINATION_TYPE_VALUES: set[
    ObservabilityPosthogDestinationType
] = {
    "posthog",
}


def check_observability_posthog_destination_type(
    value: str,
) -> ObservabilityPosthogDestinationType:
    if value in OBSERVABILITY_POSTHOG_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_POSTHOG_DESTINATION_TYPE_VALUES!r}"
    )
