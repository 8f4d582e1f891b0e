from typing import Literal

from ..types import check_enum

ObservabilityOpikDestinationType = Literal["opik"] | str

OBSERVABILITY_OPIK_DESTINATION_TYPE_VALUES: set[ObservabilityOpikDestinationType] = {
    "opik",
}


def check_observability_opik_destination_type(value: str) -> ObservabilityOpikDestinationType:
    return check_enum(value, OBSERVABILITY_OPIK_DESTINATION_TYPE_VALUES, "ObservabilityOpikDestinationType")
