from typing import Literal

from ..types import check_enum

ObservabilityRampDestinationType = Literal["ramp"] | str

OBSERVABILITY_RAMP_DESTINATION_TYPE_VALUES: set[ObservabilityRampDestinationType] = {
    "ramp",
}


def check_observability_ramp_destination_type(value: str) -> ObservabilityRampDestinationType:
    return check_enum(value, OBSERVABILITY_RAMP_DESTINATION_TYPE_VALUES, "ObservabilityRampDestinationType")
