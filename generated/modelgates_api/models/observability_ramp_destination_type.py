from typing import Literal

ObservabilityRampDestinationType = Literal["ramp"]

OBSERVABILITY_RAMP_DESTINATION_TYPE_VALUES: set[ObservabilityRampDestinationType] = {
    "ramp",
}


def check_observability_ramp_destination_type(
    value: str,
) -> ObservabilityRampDestinationType:
    if value in OBSERVABILITY_RAMP_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_RAMP_DESTINATION_TYPE_VALUES!r}"
    )
