from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_plugin_id import FusionPluginId, check_fusion_plugin_id
from ..models.fusion_plugin_preset import FusionPluginPreset, check_fusion_plugin_preset
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item import FusionPluginToolsItem
else:
    FusionPluginToolsItem = _LazyModel(globals(), "fusion_plugin_tools_item", "FusionPluginToolsItem")


@_attrs_define(repr=False, eq=False)
class FusionPlugin(_ModelBase):
    """
    Example:
        {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest'],
            'enabled': True, 'id': 'fusion', 'model': '~anthropic/claude-opus-latest'}

    Attributes:
        analysis_models (list[str] | Unset): Slugs of models to run in parallel as the "expert panel" the analyst
            analyzes. Each model receives the same user prompt with web_search + web_fetch enabled. Capped at 8 models to
            bound cost amplification. When omitted, defaults to the Quality preset from the /labs/fusion UI
            (~anthropic/claude-opus-latest, ~openai/gpt-latest, ~google/gemini-pro-latest). Example: ['~anthropic/claude-
            opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest'].
        enabled (bool | Unset): Set to false to disable the fusion plugin for this request. Defaults to true.
        max_tool_calls (int | Unset): Maximum number of tool-calling steps each panelist (analysis model) and the
            analyst model may take during their agentic web-research loop. Models with web_search/web_fetch enabled iterate
            until they produce a text response or hit this ceiling. Defaults to 4. Capped at 16. Example: 12.
        model (str | Unset): Slug of the model that performs both the analyst step (with web_search + web_fetch) and the
            final synthesis. When omitted, defaults to the first model in the Quality preset. Example: ~anthropic/claude-
            opus-latest.
        preset (FusionPluginPreset | Unset): A curated OpenRouter fusion preset (slugs follow `<task>-<tier>`, e.g.
            `general-high`). Expands server-side into the preset's analysis_models panel and analyst model, so callers never
            name individual models. Explicitly provided `analysis_models` / `model` take precedence. Example: general-high.
        tools (list[FusionPluginToolsItem] | Unset): Server tools available to panelist and analyst inner calls. Each
            entry uses the same `{ type, parameters? }` shorthand as the outer Chat Completions request. When omitted,
            defaults to `[{ type: "openrouter:web_search" }, { type: "openrouter:web_fetch" }]`. Pass an empty array to
            disable tools entirely (panelists answer from parametric knowledge only). Example: [{'parameters':
            {'excluded_domains': ['example.com']}, 'type': 'openrouter:web_search'}, {'type': 'openrouter:web_fetch'}].
    """

    id: FusionPluginId
    analysis_models: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    preset: FusionPluginPreset | Unset = UNSET
    tools: list[FusionPluginToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_fusion_plugin_id),)
    _optional_ = (
        "analysis_models",
        "enabled",
        "max_tool_calls",
        "model",
        ("preset", check_fusion_plugin_preset),
        ("tools", _list_field(_model_field(FusionPluginToolsItem))),
    )
