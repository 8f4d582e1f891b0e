from typing import Literal

ObservabilityOpikDestinationType = Literal["opik"]

OBSERVABILITY_OPIK_DESTINATION_TYPE_VALUES: set[ObservabilityOpikDestinationType] = {
    "opik",
}


def check_observability_opik_destination_type(
    value: str,
) -> ObservabilityOpikDestinationType:
    if value in OBSERVABILITY_OPIK_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_OPIK_DESTINATION_TYPE_VALUES!r}"
    )
