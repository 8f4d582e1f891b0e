from typing import Literal

ObservabilityGrafanaDestinationType = Literal["grafana"]

OBSERVABILITY_GRAFANA_DESTINATION_TYPE_VALUES: set[
    ObservabilityGrafanaDestinationType
] = {
    "grafana",
}


def check_observability_grafana_destination_type(
    value: str,
) -> ObservabilityGrafanaDestinationType:
    if value in OBSERVABILITY_GRAFANA_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_GRAFANA_DESTINATION_TYPE_VALUES!r}"
    )
