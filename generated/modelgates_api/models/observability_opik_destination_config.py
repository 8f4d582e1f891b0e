from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_opik_destination_config_headers import ObservabilityOpikDestinationConfigHeaders
else:
    ObservabilityOpikDestinationConfigHeaders = _LazyModel(
        globals(), "observability_opik_destination_config_headers", "ObservabilityOpikDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityOpikDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityOpikDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    project_name: str
    workspace: str
    headers: ObservabilityOpikDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("apiKey", None, "api_key"),
        ("projectName", None, "project_name"),
        "workspace",
    )
    _optional_ = (("headers", _model_field(ObservabilityOpikDestinationConfigHeaders)),)
