from typing import Literal

ObservabilityWeaveDestinationType = Literal["weave"]

OBSERVABILITY_WEAVE_DESTINATION_TYPE_VALUES: set[ObservabilityWeaveDestinationType] = {
    "weave",
}


def check_observability_weave_destination_type(
    value: str,
) -> ObservabilityWeaveDestinationType:
    if value in OBSERVABILITY_WEAVE_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_WEAVE_DESTINATION_TYPE_VALUES!r}"
    )
