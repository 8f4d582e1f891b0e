from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_router_web_search_server_tool_type import (
    OpenRouterWebSearchServerToolType,
    check_open_router_web_search_server_tool_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.web_search_config import WebSearchConfig
else:
    WebSearchConfig = _LazyModel(globals(), "web_search_config", "WebSearchConfig")


@_attrs_define(repr=False, eq=False)
class OpenRouterWebSearchServerTool(_ModelBase):
    """OpenRouter built-in server tool: searches the web for current information

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:web_search'}

    """

    type_: OpenRouterWebSearchServerToolType
    parameters: WebSearchConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_open_router_web_search_server_tool_type, "type_"),)
    _optional_ = (("parameters", _model_field(WebSearchConfig)),)
