from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,
    )
else:
    ObservabilityOtelCollectorDestinationConfigHeaders = _LazyModel(
        globals(),
        "observability_otel_collector_destination_config_headers",
        "ObservabilityOtelCollectorDestinationConfigHeaders",
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityOtelCollectorDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityOtelCollectorDestinationConfigHeaders | Unset): Custom HTTP headers as a JSON object. For
            Axiom, use {"Authorization": "Bearer xaat-xxx", "X-Axiom-Dataset": "your-dataset"}
    """

    endpoint: str
    headers: ObservabilityOtelCollectorDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("endpoint",)
    _optional_ = (("headers", _model_field(ObservabilityOtelCollectorDestinationConfigHeaders)),)
