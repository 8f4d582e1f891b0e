from typing import Literal

from ..types import check_enum

ObservabilitySnowflakeDestinationType = Literal["snowflake"] | str

OBSERVABILITY_SNOWFLAKE_DESTINATION_TYPE_VALUES: set[ObservabilitySnowflakeDestinationType] = {
    "snowflake",
}


def check_observability_snowflake_destination_type(value: str) -> ObservabilitySnowflakeDestinationType:
    return check_enum(value, OBSERVABILITY_SNOWFLAKE_DESTINATION_TYPE_VALUES, "ObservabilitySnowflakeDestinationType")
