from typing import Literal

from ..types import check_enum

ObservabilityBraintrustDestinationType = Literal["braintrust"] | str

OBSERVABILITY_BRAINTRUST_DESTINATION_TYPE_VALUES: set[ObservabilityBraintrustDestinationType] = {
    "braintrust",
}


def check_observability_braintrust_destination_type(value: str) -> ObservabilityBraintrustDestinationType:
    return check_enum(value, OBSERVABILITY_BRAINTRUST_DESTINATION_TYPE_VALUES, "ObservabilityBraintrustDestinationType")
