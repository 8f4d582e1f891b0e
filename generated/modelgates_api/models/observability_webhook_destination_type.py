from typing import Literal

ObservabilityWebhookDestinationType = Literal["webhook"]

OBSERVABILITY_WEBHOOK_DESTINATION_TYPE_VALUES: set[
    ObservabilityWebhookDestinationType
] = {
    "webhook",
}


def check_observability_webhook_destination_type(
    value: str,
) -> ObservabilityWebhookDestinationType:
    if value in OBSERVABILITY_WEBHOOK_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_WEBHOOK_DESTINATION_TYPE_VALUES!r}"
    )
