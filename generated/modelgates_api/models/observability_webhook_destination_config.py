from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.observability_webhook_destination_config_method import (
    ObservabilityWebhookDestinationConfigMethod,
    check_observability_webhook_destination_config_method,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_webhook_destination_config_headers import ObservabilityWebhookDestinationConfigHeaders
else:
    ObservabilityWebhookDestinationConfigHeaders = _LazyModel(
        globals(), "observability_webhook_destination_config_headers", "ObservabilityWebhookDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityWebhookDestinationConfig(_ModelBase):
    url: str
    headers: ObservabilityWebhookDestinationConfigHeaders | Unset = UNSET
    method: ObservabilityWebhookDestinationConfigMethod | Unset = "POST"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("url",)
    _optional_ = (
        ("headers", _model_field(ObservabilityWebhookDestinationConfigHeaders)),
        ("method", check_observability_webhook_destination_config_method),
    )
