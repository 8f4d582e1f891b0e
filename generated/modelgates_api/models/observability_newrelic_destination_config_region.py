from typing import Literal

ObservabilityNewrelicDestinationConfigRegion = Literal["eu", "us"]

OBSERVABILITY_NEWRELIC_DESTINATION_CONFIG_REGION_VALUES: set[
    ObservabilityNewrelicDestinationConfigRegion
] = {
    "eu",
    "us",
}


def check_observability_newrelic_destination_config_region(
    value: str,
) -> ObservabilityNewrelicDestinationConfigRegion:
    if value in OBSERVABILITY_NEWRELIC_DESTINATION_CONFIG_REGION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_NEWRELIC_DESTINATION_CONFIG_REGION_VALUES!r}"
    )
