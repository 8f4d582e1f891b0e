from typing import Literal

from ..types import check_enum

ObservabilityDatadogDestinationType = Literal["datadog"] | str

OBSERVABILITY_DATADOG_DESTINATION_TYPE_VALUES: set[ObservabilityDatadogDestinationType] = {
    "datadog",
}


def check_observability_datadog_destination_type(value: str) -> ObservabilityDatadogDestinationType:
    return check_enum(value, OBSERVABILITY_DATADOG_DESTINATION_TYPE_VALUES, "ObservabilityDatadogDestinationType")
