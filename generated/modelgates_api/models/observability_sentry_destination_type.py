from typing import Literal

from ..types import check_enum

ObservabilitySentryDestinationType = Literal["sentry"] | str

OBSERVABILITY_SENTRY_DESTINATION_TYPE_VALUES: set[ObservabilitySentryDestinationType] = {
    "sentry",
}


def check_observability_sentry_destination_type(value: str) -> ObservabilitySentryDestinationType:
    return check_enum(value, OBSERVABILITY_SENTRY_DESTINATION_TYPE_VALUES, "ObservabilitySentryDestinationType")
