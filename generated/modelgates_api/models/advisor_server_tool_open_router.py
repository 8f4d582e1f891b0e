from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.advisor_server_tool_open_router_type import (
    AdvisorServerToolOpenRouterType,
    check_advisor_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.advisor_server_tool_config import AdvisorServerToolConfig
else:
    AdvisorServerToolConfig = _LazyModel(globals(), "advisor_server_tool_config", "AdvisorServerToolConfig")


@_attrs_define(repr=False, eq=False)
class AdvisorServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: consults a higher-intelligence advisor model (any OpenRouter model) for guidance
    mid-generation and returns its response. Include multiple entries to offer several named advisors; at most one entry
    may omit `name` to act as the default advisor.

        Example:
            {'parameters': {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}, 'type': 'openrouter:advisor'}

        Attributes:
            parameters (AdvisorServerToolConfig | Unset): Configuration for one openrouter:advisor server tool entry.
                Example: {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}.
    """

    type_: AdvisorServerToolOpenRouterType
    parameters: AdvisorServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_advisor_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(AdvisorServerToolConfig)),)
