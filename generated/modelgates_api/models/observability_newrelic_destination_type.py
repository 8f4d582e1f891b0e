from typing import Literal

from ..types import check_enum

ObservabilityNewrelicDestinationType = Literal["newrelic"] | str

OBSERVABILITY_NEWRELIC_DESTINATION_TYPE_VALUES: set[ObservabilityNewrelicDestinationType] = {
    "newrelic",
}


def check_observability_newrelic_destination_type(value: str) -> ObservabilityNewrelicDestinationType:
    return check_enum(value, OBSERVABILITY_NEWRELIC_DESTINATION_TYPE_VALUES, "ObservabilityNewrelicDestinationType")
