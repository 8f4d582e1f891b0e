from typing import Literal

from ..types import check_enum

ObservabilityOtelCollectorDestinationType = Literal["otel-collector"] | str

OBSERVABILITY_OTEL_COLLECTOR_DESTINATION_TYPE_VALUES: set[ObservabilityOtelCollectorDestinationType] = {
    "otel-collector",
}


def check_observability_otel_collector_destination_type(value: str) -> ObservabilityOtelCollectorDestinationType:
    return check_enum(
        value, OBSERVABILITY_OTEL_COLLECTOR_DESTINATION_TYPE_VALUES, "ObservabilityOtelCollectorDestinationType"
    )
