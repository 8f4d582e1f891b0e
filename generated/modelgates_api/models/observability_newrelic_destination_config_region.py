from typing import Literal

from ..types import check_enum

ObservabilityNewrelicDestinationConfigRegion = Literal["eu", "us"] | str

OBSERVABILITY_NEWRELIC_DESTINATION_CONFIG_REGION_VALUES: set[ObservabilityNewrelicDestinationConfigRegion] = {
    "eu",
    "us",
}


def check_observability_newrelic_destination_config_region(value: str) -> ObservabilityNewrelicDestinationConfigRegion:
    return check_enum(
        value, OBSERVABILITY_NEWRELIC_DESTINATION_CONFIG_REGION_VALUES, "ObservabilityNewrelicDestinationConfigRegion"
    )
