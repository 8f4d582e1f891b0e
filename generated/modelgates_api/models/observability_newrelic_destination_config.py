from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.observability_newrelic_destination_config_region import (
    ObservabilityNewrelicDestinationConfigRegion,
    check_observability_newrelic_destination_config_region,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_newrelic_destination_config_headers import ObservabilityNewrelicDestinationConfigHeaders
else:
    ObservabilityNewrelicDestinationConfigHeaders = _LazyModel(
        globals(), "observability_newrelic_destination_config_headers", "ObservabilityNewrelicDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityNewrelicDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityNewrelicDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    license_key: str
    headers: ObservabilityNewrelicDestinationConfigHeaders | Unset = UNSET
    region: ObservabilityNewrelicDestinationConfigRegion | Unset = "us"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("licenseKey", None, "license_key"),)
    _optional_ = (
        ("headers", _model_field(ObservabilityNewrelicDestinationConfigHeaders)),
        ("region", check_observability_newrelic_destination_config_region),
    )
