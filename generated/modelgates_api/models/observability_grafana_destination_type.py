from typing import Literal

from ..types import check_enum

ObservabilityGrafanaDestinationType = Literal["grafana"] | str

OBSERVABILITY_GRAFANA_DESTINATION_TYPE_VALUES: set[ObservabilityGrafanaDestinationType] = {
    "grafana",
}


def check_observability_grafana_destination_type(value: str) -> ObservabilityGrafanaDestinationType:
    return check_enum(value, OBSERVABILITY_GRAFANA_DESTINATION_TYPE_VALUES, "ObservabilityGrafanaDestinationType")
