from typing import Literal

from ..types import check_enum

ObservabilityWebhookDestinationType = Literal["webhook"] | str

OBSERVABILITY_WEBHOOK_DESTINATION_TYPE_VALUES: set[ObservabilityWebhookDestinationType] = {
    "webhook",
}


def check_observability_webhook_destination_type(value: str) -> ObservabilityWebhookDestinationType:
    return check_enum(value, OBSERVABILITY_WEBHOOK_DESTINATION_TYPE_VALUES, "ObservabilityWebhookDestinationType")
