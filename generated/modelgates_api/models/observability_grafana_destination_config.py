from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_grafana_destination_config_headers import ObservabilityGrafanaDestinationConfigHeaders
else:
    ObservabilityGrafanaDestinationConfigHeaders = _LazyModel(
        globals(), "observability_grafana_destination_config_headers", "ObservabilityGrafanaDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityGrafanaDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityGrafanaDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    api_key: str
    instance_id: str
    base_url: str | Unset = "https://otlp-gateway-prod-us-west-0.grafana.net"
    headers: ObservabilityGrafanaDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("apiKey", None, "api_key"),
        ("instanceId", None, "instance_id"),
    )
    _optional_ = (
        ("baseUrl", None, "base_url"),
        ("headers", _model_field(ObservabilityGrafanaDestinationConfigHeaders)),
    )
