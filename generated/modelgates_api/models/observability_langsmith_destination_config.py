from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,
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

    _json_fields_ = (
        ("api_key", "apiKey"),
        "endpoint",
        "headers",
        "project",
        ("workspace_id", "workspaceId"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "apiKey"
            api_key = d.pop("apiKey")

            _at_field_ = "endpoint"
            endpoint = d.pop("endpoint", UNSET)

            _at_field_ = "headers"
            _headers = d.pop("headers", UNSET)
            headers: ObservabilityLangsmithDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityLangsmithDestinationConfigHeaders.from_dict(_headers)

            _at_field_ = "project"
            project = d.pop("project", UNSET)

            _at_field_ = "workspaceId"
            workspace_id = d.pop("workspaceId", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_langsmith_destination_config = cls(
            api_key=api_key,
            endpoint=endpoint,
            headers=headers,
            project=project,
            workspace_id=workspace_id,
        )

        observability_langsmith_destination_config.additional_properties = d
        return observability_langsmith_destination_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityLangsmithDestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_langsmith_destination_config_headers",
        "ObservabilityLangsmithDestinationConfigHeaders",
    )
