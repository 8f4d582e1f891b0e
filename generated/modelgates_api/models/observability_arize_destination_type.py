from typing import Literal

from ..types import check_enum

ObservabilityArizeDestinationType = Literal["arize"] | str

OBSERVABILITY_ARIZE_DESTINATION_TYPE_VALUES: set[ObservabilityArizeDestinationType] = {
    "arize",
}


def check_observability_arize_destination_type(value: str) -> ObservabilityArizeDestinationType:
    return check_enum(value, OBSERVABILITY_ARIZE_DESTINATION_TYPE_VALUES, "ObservabilityArizeDestinationType")
