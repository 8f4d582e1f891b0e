from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_weave_destination_config_headers import ObservabilityWeaveDestinationConfigHeaders
else:
    ObservabilityWeaveDestinationConfigHeaders = _LazyModel(
        globals(), "observability_weave_destination_config_headers", "ObservabilityWeaveDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityWeaveDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityWeaveDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    entity: str
    project: str
    base_url: str | Unset = "https://trace.wandb.ai"
    headers: ObservabilityWeaveDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("apiKey", None, "api_key"),
        "entity",
        "project",
    )
    _optional_ = (
        ("baseUrl", None, "base_url"),
        ("headers", _model_field(ObservabilityWeaveDestinationConfigHeaders)),
    )
