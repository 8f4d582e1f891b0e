from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_posthog_destination_config_headers import ObservabilityPosthogDestinationConfigHeaders
else:
    ObservabilityPosthogDestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_posthog_destination_config_headers",
        "ObservabilityPosthogDestinationConfigHeaders",
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
