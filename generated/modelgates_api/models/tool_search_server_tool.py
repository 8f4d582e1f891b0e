from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.tool_search_server_tool_type import ToolSearchServerToolType, check_tool_search_server_tool_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.tool_search_server_tool_config import ToolSearchServerToolConfig
else:
    ToolSearchServerToolConfig = _LazyModel(globals(), "tool_search_server_tool_config", "ToolSearchServerToolConfig")


@_attrs_define(repr=False, eq=False)
class ToolSearchServerTool(_ModelBase):
    """OpenRouter built-in server tool: finds tools marked `defer_loading` and makes them callable

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:tool_search'}

    Attributes:
        parameters (ToolSearchServerToolConfig | Unset): Configuration for the openrouter:tool_search server tool
            Example: {'max_results': 5}.
    """

    type_: ToolSearchServerToolType
    parameters: ToolSearchServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_tool_search_server_tool_type, "type_"),)
    _optional_ = (("parameters", _model_field(ToolSearchServerToolConfig)),)
