from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_braintrust_destination_config_headers import (
        ObservabilityBraintrustDestinationConfigHeaders,
    )
else:
    ObservabilityBraintrustDestinationConfigHeaders = _LazyModel(
        globals(),
        "observability_braintrust_destination_config_headers",
        "ObservabilityBraintrustDestinationConfigHeaders",
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityBraintrustDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityBraintrustDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    api_key: str
    project_id: str
    base_url: str | Unset = "https://api.braintrust.dev"
    headers: ObservabilityBraintrustDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("apiKey", None, "api_key"),
        ("projectId", None, "project_id"),
    )
    _optional_ = (
        ("baseUrl", None, "base_url"),
        ("headers", _model_field(ObservabilityBraintrustDestinationConfigHeaders)),
    )
