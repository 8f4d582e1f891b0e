from typing import Literal

ObservabilityDatadogDestinationType = Literal["datadog"]

OBSERVABILITY_DATADOG_DESTINATION_TYPE_VALUES: set[
    ObservabilityDatadogDestinationType
] = {
    "datadog",
}


def check_observability_datadog_destination_type(
    value: str,
) -> ObservabilityDatadogDestinationType:
    if value in OBSERVABILITY_DATADOG_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_DATADOG_DESTINATION_TYPE_VALUES!r}"
    )
