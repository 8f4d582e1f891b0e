from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_sentry_destination_config_headers import ObservabilitySentryDestinationConfigHeaders
else:
    ObservabilitySentryDestinationConfigHeaders = _LazyModel(
        globals(), "observability_sentry_destination_config_headers", "ObservabilitySentryDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilitySentryDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilitySentryDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    dsn: str
    otlp_endpoint: str
    headers: ObservabilitySentryDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "dsn",
        ("otlpEndpoint", None, "otlp_endpoint"),
    )
    _optional_ = (("headers", _model_field(ObservabilitySentryDestinationConfigHeaders)),)
