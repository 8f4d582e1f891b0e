from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_server_tool_open_router_type import (
    FusionServerToolOpenRouterType,
    check_fusion_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.fusion_server_tool_config import FusionServerToolConfig
else:
    FusionServerToolConfig = _LazyModel(globals(), "fusion_server_tool_config", "FusionServerToolConfig")


@_attrs_define(repr=False, eq=False)
class FusionServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models, then asks an analyst model
    to summarize their collective output as structured JSON the outer model can synthesize from.

        Example:
            {'parameters': {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest']}, 'type':
                'openrouter:fusion'}

        Attributes:
            parameters (FusionServerToolConfig | Unset): Configuration for the openrouter:fusion server tool. Example:
                {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest']}.
    """

    type_: FusionServerToolOpenRouterType
    parameters: FusionServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_fusion_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(FusionServerToolConfig)),)
