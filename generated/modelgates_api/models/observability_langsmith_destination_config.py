from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,
    )
else:
    ObservabilityLangsmithDestinationConfigHeaders = _LazyModel(
        globals(),
        "observability_langsmith_destination_config_headers",
        "ObservabilityLangsmithDestinationConfigHeaders",
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityLangsmithDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityLangsmithDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
        project (str | Unset): The name for this project, such as pr-openrouter-demo. Defaults to "main" if not set.
            Default: 'main'.
        workspace_id (str | Unset): Required for org-scoped API keys. Find this in your LangSmith workspace settings.
    """

    api_key: str
    endpoint: str | Unset = "https://api.smith.langchain.com"
    headers: ObservabilityLangsmithDestinationConfigHeaders | Unset = UNSET
    project: str | Unset = "main"
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("apiKey", None, "api_key"),)
    _optional_ = (
        "endpoint",
        ("headers", _model_field(ObservabilityLangsmithDestinationConfigHeaders)),
        "project",
        ("workspaceId", None, "workspace_id"),
    )
