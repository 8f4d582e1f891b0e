from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_plugin_id import FusionPluginId, check_fusion_plugin_id
from ..models.fusion_plugin_preset import FusionPluginPreset, check_fusion_plugin_preset
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.fusion_plugin_tools_item import FusionPluginToolsItem


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

    _json_fields_ = (
        "id",
        "analysis_models",
        "enabled",
        "max_tool_calls",
        "model",
        "preset",
        "tools",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_fusion_plugin_id(d.pop("id"))

            _at_field_ = "analysis_models"
            analysis_models = cast(list[str], d.pop("analysis_models", UNSET))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "max_tool_calls"
            max_tool_calls = d.pop("max_tool_calls", UNSET)

            _at_field_ = "model"
            model = d.pop("model", UNSET)

            _at_field_ = "preset"
            _preset = d.pop("preset", UNSET)
            preset: FusionPluginPreset | Unset
            if isinstance(_preset, Unset):
                preset = UNSET
            else:
                preset = check_fusion_plugin_preset(_preset)

            _at_field_ = "tools"
            _tools = d.pop("tools", UNSET)
            tools: list[FusionPluginToolsItem] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                    try:
                        tools_item = FusionPluginToolsItem.from_dict(tools_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _tools_item_data_index)
                    tools.append(tools_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_plugin = cls(
            id=id,
            analysis_models=analysis_models,
            enabled=enabled,
            max_tool_calls=max_tool_calls,
            model=model,
            preset=preset,
            tools=tools,
        )

        fusion_plugin.additional_properties = d
        return fusion_plugin


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FusionPluginToolsItem = _LazyModel(
        globals(), "modelgates_api.models.fusion_plugin_tools_item", "FusionPluginToolsItem"
    )
