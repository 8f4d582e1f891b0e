from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.search_models_server_tool_open_router_type import (
    SearchModelsServerToolOpenRouterType,
    check_search_models_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.search_models_server_tool_config import SearchModelsServerToolConfig
else:
    SearchModelsServerToolConfig = _LazyModel(
        globals(), "search_models_server_tool_config", "SearchModelsServerToolConfig"
    )


@_attrs_define(repr=False, eq=False)
class SearchModelsServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:experimental__search_models'}

    Attributes:
        parameters (SearchModelsServerToolConfig | Unset): Configuration for the openrouter:experimental__search_models
            server tool Example: {'max_results': 5}.
    """

    type_: SearchModelsServerToolOpenRouterType
    parameters: SearchModelsServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_search_models_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(SearchModelsServerToolConfig)),)
