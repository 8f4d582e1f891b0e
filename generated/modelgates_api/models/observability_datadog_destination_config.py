from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_datadog_destination_config_headers import ObservabilityDatadogDestinationConfigHeaders
else:
    ObservabilityDatadogDestinationConfigHeaders = _LazyModel(
        globals(), "observability_datadog_destination_config_headers", "ObservabilityDatadogDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityDatadogDestinationConfig(_ModelBase):
    """
    Attributes:
        api_key (str): Datadog API key must have LLM Observability permissions. Create at:
        ml_app (str): Name to identify your application in Datadog LLM Observability
        headers (ObservabilityDatadogDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
        url (str | Unset): Datadog API URL for your region (e.g., https://api.datadoghq.com,
            https://api.us3.datadoghq.com, https://api.datadoghq.eu) Default: 'https://api.us5.datadoghq.com'.
    """

    api_key: str
    ml_app: str
    headers: ObservabilityDatadogDestinationConfigHeaders | Unset = UNSET
    url: str | Unset = "https://api.us5.datadoghq.com"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("apiKey", None, "api_key"),
        ("mlApp", None, "ml_app"),
    )
    _optional_ = (
        ("headers", _model_field(ObservabilityDatadogDestinationConfigHeaders)),
        "url",
    )
