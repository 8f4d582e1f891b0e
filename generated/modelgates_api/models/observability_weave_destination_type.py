from typing import Literal

from ..types import check_enum

ObservabilityWeaveDestinationType = Literal["weave"] | str

OBSERVABILITY_WEAVE_DESTINATION_TYPE_VALUES: set[ObservabilityWeaveDestinationType] = {
    "weave",
}


def check_observability_weave_destination_type(value: str) -> ObservabilityWeaveDestinationType:
    return check_enum(value, OBSERVABILITY_WEAVE_DESTINATION_TYPE_VALUES, "ObservabilityWeaveDestinationType")
