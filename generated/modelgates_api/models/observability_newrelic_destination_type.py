from typing import Literal

ObservabilityNewrelicDestinationType = Literal["newrelic"]

OBSERVABILITY_NEWRELIC_DESTINATION_TYPE_VALUES: set[
    ObservabilityNewrelicDestinationType
] = {
    "newrelic",
}


def check_observability_newrelic_destination_type(
    value: str,
) -> ObservabilityNewrelicDestinationType:
    if value in OBSERVABILITY_NEWRELIC_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_NEWRELIC_DESTINATION_TYPE_VALUES!r}"
    )
