from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.web_search_server_tool_open_router_type import (
    WebSearchServerToolOpenRouterType,
    check_web_search_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.web_search_server_tool_config import WebSearchServerToolConfig
else:
    WebSearchServerToolConfig = _LazyModel(globals(), "web_search_server_tool_config", "WebSearchServerToolConfig")


@_attrs_define(repr=False, eq=False)
class WebSearchServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: searches the web for current information

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:web_search'}

    Attributes:
        parameters (WebSearchServerToolConfig | Unset): Configuration for the openrouter:web_search server tool Example:
            {'max_results': 5, 'search_context_size': 'medium'}.
    """

    type_: WebSearchServerToolOpenRouterType
    parameters: WebSearchServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_web_search_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(WebSearchServerToolConfig)),)
