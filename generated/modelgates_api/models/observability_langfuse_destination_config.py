from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_langfuse_destination_config_headers import ObservabilityLangfuseDestinationConfigHeaders
else:
    ObservabilityLangfuseDestinationConfigHeaders = _LazyModel(
        globals(), "observability_langfuse_destination_config_headers", "ObservabilityLangfuseDestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityLangfuseDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityLangfuseDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    public_key: str
    secret_key: str
    base_url: str | Unset = "https://us.cloud.langfuse.com"
    headers: ObservabilityLangfuseDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("publicKey", None, "public_key"),
        ("secretKey", None, "secret_key"),
    )
    _optional_ = (
        ("baseUrl", None, "base_url"),
        ("headers", _model_field(ObservabilityLangfuseDestinationConfigHeaders)),
    )
