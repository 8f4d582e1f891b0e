from typing import Literal

ObservabilityWebhookDestinationConfigMethod = Literal["POST", "PUT"]

OBSERVABILITY_WEBHOOK_DESTINATION_CONFIG_METHOD_VALUES: set[
    ObservabilityWebhookDestinationConfigMethod
] = {
    "POST",
    "PUT",
}


def check_observability_webhook_destination_config_method(
    value: str,
) -> ObservabilityWebhookDestinationConfigMethod:
    if value in OBSERVABILITY_WEBHOOK_DESTINATION_CONFIG_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_WEBHOOK_DESTINATION_CONFIG_METHOD_VALUES!r}"
    )
