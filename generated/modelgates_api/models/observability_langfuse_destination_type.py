from typing import Literal

from ..types import check_enum

ObservabilityLangfuseDestinationType = Literal["langfuse"] | str

OBSERVABILITY_LANGFUSE_DESTINATION_TYPE_VALUES: set[ObservabilityLangfuseDestinationType] = {
    "langfuse",
}


def check_observability_langfuse_destination_type(value: str) -> ObservabilityLangfuseDestinationType:
    return check_enum(value, OBSERVABILITY_LANGFUSE_DESTINATION_TYPE_VALUES, "ObservabilityLangfuseDestinationType")
