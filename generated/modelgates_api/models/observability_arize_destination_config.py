from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_arize_destination_config_headers import ObservabilityArizeDestinationConfigHeaders
else:
    ObservabilityArizeDestinationConfigHeaders = _LazyModel(
        globals(), "observability_arize_destination_config_headers", "ObservabilityArizeDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityArizeDestinationConfig(_ModelBase):
    """
    Attributes:
        model_id (str): The name of the tracing project in Arize AX
        headers (ObservabilityArizeDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    model_id: str
    space_key: str
    base_url: str | Unset = "https://otlp.arize.com"
    headers: ObservabilityArizeDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("apiKey", None, "api_key"),
        ("modelId", None, "model_id"),
        ("spaceKey", None, "space_key"),
    )
    _optional_ = (
        ("baseUrl", None, "base_url"),
        ("headers", _model_field(ObservabilityArizeDestinationConfigHeaders)),
    )
