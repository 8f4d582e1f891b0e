from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_posthog_destination_config_headers import ObservabilityPosthogDestinationConfigHeaders
else:
    ObservabilityPosthogDestinationConfigHeaders = _LazyModel(
        globals(), "observability_posthog_destination_config_headers", "ObservabilityPosthogDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityPosthogDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityPosthogDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    api_key: str
    endpoint: str | Unset = "https://us.i.posthog.com"
    headers: ObservabilityPosthogDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("apiKey", None, "api_key"),)
    _optional_ = (
        "endpoint",
        ("headers", _model_field(ObservabilityPosthogDestinationConfigHeaders)),
    )
