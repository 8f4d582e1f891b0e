from typing import Literal

from ..types import check_enum

ObservabilityLangsmithDestinationType = Literal["langsmith"] | str

OBSERVABILITY_LANGSMITH_DESTINATION_TYPE_VALUES: set[ObservabilityLangsmithDestinationType] = {
    "langsmith",
}


def check_observability_langsmith_destination_type(value: str) -> ObservabilityLangsmithDestinationType:
    return check_enum(value, OBSERVABILITY_LANGSMITH_DESTINATION_TYPE_VALUES, "ObservabilityLangsmithDestinationType")
