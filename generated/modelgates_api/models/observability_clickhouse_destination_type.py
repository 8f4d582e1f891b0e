from typing import Literal

from ..types import check_enum

ObservabilityClickhouseDestinationType = Literal["clickhouse"] | str

OBSERVABILITY_CLICKHOUSE_DESTINATION_TYPE_VALUES: set[ObservabilityClickhouseDestinationType] = {
    "clickhouse",
}


def check_observability_clickhouse_destination_type(value: str) -> ObservabilityClickhouseDestinationType:
    return check_enum(value, OBSERVABILITY_CLICKHOUSE_DESTINATION_TYPE_VALUES, "ObservabilityClickhouseDestinationType")
