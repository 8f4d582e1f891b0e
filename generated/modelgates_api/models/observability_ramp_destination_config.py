from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_ramp_destination_config_headers import ObservabilityRampDestinationConfigHeaders
else:
    ObservabilityRampDestinationConfigHeaders = _LazyModel(
        globals(), "observability_ramp_destination_config_headers", "ObservabilityRampDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityRampDestinationConfig(_ModelBase):
    """
    Attributes:
        api_key (str): Generate this in your Ramp integration settings.
        headers (ObservabilityRampDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to Ramp.
    """

    api_key: str
    base_url: str | Unset = "https://api.ramp.com/developer/v1/ai-usage/openrouter"
    headers: ObservabilityRampDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("apiKey", None, "api_key"),)
    _optional_ = (
        ("baseUrl", None, "base_url"),
        ("headers", _model_field(ObservabilityRampDestinationConfigHeaders)),
    )
