from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.fusion_server_tool_config_reasoning import FusionServerToolConfigReasoning
    from ..models.fusion_server_tool_config_tools_item import FusionServerToolConfigToolsItem
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    FusionServerToolConfigReasoning = _LazyModel(
        globals(), "fusion_server_tool_config_reasoning", "FusionServerToolConfigReasoning"
    )
    FusionServerToolConfigToolsItem = _LazyModel(
        globals(), "fusion_server_tool_config_tools_item", "FusionServerToolConfigToolsItem"
    )


@_attrs_define(repr=False, eq=False)
class FusionServerToolConfig(_ModelBase):
    """Configuration for the openrouter:fusion server tool.

    Example:
        {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest']}

    Attributes:
        analysis_models (list[str] | Unset): Slugs of models to run in parallel as the analysis panel. Each model
            receives the user prompt with openrouter:web_search and openrouter:web_fetch enabled, then an analyst model
            summarizes the collective output into structured analysis JSON. Capped at 8 models to bound cost amplification.
            Defaults to the Quality preset from /labs/fusion. Example: ['~anthropic/claude-opus-latest', '~openai/gpt-
            latest', '~google/gemini-pro-latest'].
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
        max_completion_tokens (int | Unset): Maximum number of output tokens (including reasoning tokens) each panelist
            and the analyst model may produce per inner call. Controls the total output budget so reasoning-heavy models
            like GPT-5.5 do not exhaust their token allowance before producing visible text. Defaults to 16000 when omitted.
            Example: 16384.
        max_tool_calls (int | Unset): Maximum number of tool-calling steps each panelist (analysis model) and the
            analyst model may take during their agentic web-research loop. Models with web_search/web_fetch enabled iterate
            until they produce a text response or hit this ceiling. Defaults to 4. Capped at 16. Example: 12.
        model (str | Unset): Slug of the analyst model that produces the structured analysis JSON. Defaults to the model
            used in the outer API request. Example: ~anthropic/claude-opus-latest.
        reasoning (FusionServerToolConfigReasoning | Unset): Reasoning configuration forwarded to panelist and analyst
            inner calls. Use this to control reasoning effort and token budget for models that support extended thinking.
        temperature (float | Unset): Temperature forwarded to panelist inner calls. The analyst always runs at
            temperature 0 regardless of this value. When omitted, the provider's default applies. Example: 0.7.
        tools (list[FusionServerToolConfigToolsItem] | Unset): Server tools available to panelist and analyst inner
            calls. Each entry uses the same `{ type, parameters? }` shorthand as the outer Chat Completions request. When
            omitted, defaults to `[{ type: "openrouter:web_search" }, { type: "openrouter:web_fetch" }]`. Pass an empty
            array to disable tools entirely (panelists answer from parametric knowledge only). Example: [{'parameters':
            {'excluded_domains': ['example.com']}, 'type': 'openrouter:web_search'}, {'type': 'openrouter:web_fetch'}].
    """

    analysis_models: list[str] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    reasoning: FusionServerToolConfigReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    tools: list[FusionServerToolConfigToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "analysis_models",
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        "max_completion_tokens",
        "max_tool_calls",
        "model",
        ("reasoning", _model_field(FusionServerToolConfigReasoning)),
        "temperature",
        ("tools", _list_field(_model_field(FusionServerToolConfigToolsItem))),
    )
