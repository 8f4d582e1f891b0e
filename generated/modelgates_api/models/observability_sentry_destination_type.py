from typing import Literal

ObservabilitySentryDestinationType = Literal["sentry"]

OBSERVABILITY_SENTRY_DESTINATION_TYPE_VALUES: set[
    ObservabilitySentryDestinationType
] = {
    "sentry",
}


def check_observability_sentry_destination_type(
    value: str,
) -> ObservabilitySentryDestinationType:
    if value in OBSERVABILITY_SENTRY_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_SENTRY_DESTINATION_TYPE_VALUES!r}"
    )
