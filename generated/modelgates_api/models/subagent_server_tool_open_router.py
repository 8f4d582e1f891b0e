from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.subagent_server_tool_open_router_type import (
    SubagentServerToolOpenRouterType,
    check_subagent_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.subagent_server_tool_config import SubagentServerToolConfig
else:
    SubagentServerToolConfig = _LazyModel(globals(), "subagent_server_tool_config", "SubagentServerToolConfig")


@_attrs_define(repr=False, eq=False)
class SubagentServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster worker model (any
    OpenRouter model) mid-generation and returns its outcome. The worker may run as a sub-agent with its own tools.

        Example:
            {'parameters': {'model': '~anthropic/claude-haiku-latest'}, 'type': 'openrouter:subagent'}

        Attributes:
            parameters (SubagentServerToolConfig | Unset): Configuration for one openrouter:subagent server tool entry.
                Example: {'model': '~anthropic/claude-haiku-latest', 'name': 'summarizer'}.
    """

    type_: SubagentServerToolOpenRouterType
    parameters: SubagentServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_subagent_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(SubagentServerToolConfig)),)
