from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.web_fetch_server_tool_type import WebFetchServerToolType, check_web_fetch_server_tool_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.web_fetch_server_tool_config import WebFetchServerToolConfig
else:
    WebFetchServerToolConfig = _LazyModel(globals(), "web_fetch_server_tool_config", "WebFetchServerToolConfig")


@_attrs_define(repr=False, eq=False)
class WebFetchServerTool(_ModelBase):
    """OpenRouter built-in server tool: fetches full content from a URL (web page or PDF)

    Example:
        {'parameters': {'max_uses': 10}, 'type': 'openrouter:web_fetch'}

    Attributes:
        parameters (WebFetchServerToolConfig | Unset): Configuration for the openrouter:web_fetch server tool Example:
            {'max_content_tokens': 100000, 'max_uses': 10}.
    """

    type_: WebFetchServerToolType
    parameters: WebFetchServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_web_fetch_server_tool_type, "type_"),)
    _optional_ = (("parameters", _model_field(WebFetchServerToolConfig)),)
