from typing import Literal

from ..types import check_enum

ObservabilityWebhookDestinationConfigMethod = Literal["POST", "PUT"] | str

OBSERVABILITY_WEBHOOK_DESTINATION_CONFIG_METHOD_VALUES: set[ObservabilityWebhookDestinationConfigMethod] = {
    "POST",
    "PUT",
}


def check_observability_webhook_destination_config_method(value: str) -> ObservabilityWebhookDestinationConfigMethod:
    return check_enum(
        value, OBSERVABILITY_WEBHOOK_DESTINATION_CONFIG_METHOD_VALUES, "ObservabilityWebhookDestinationConfigMethod"
    )
