from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.fusion_server_tool_config_reasoning import FusionServerToolConfigReasoning
    from ..models.fusion_server_tool_config_tools_item import FusionServerToolConfigToolsItem


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

    _json_fields_ = (
        "analysis_models",
        "cache_control",
        "max_completion_tokens",
        "max_tool_calls",
        "model",
        "reasoning",
        "temperature",
        "tools",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "analysis_models"
            analysis_models = cast(list[str], d.pop("analysis_models", UNSET))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "max_completion_tokens"
            max_completion_tokens = d.pop("max_completion_tokens", UNSET)

            _at_field_ = "max_tool_calls"
            max_tool_calls = d.pop("max_tool_calls", UNSET)

            _at_field_ = "model"
            model = d.pop("model", UNSET)

            _at_field_ = "reasoning"
            _reasoning = d.pop("reasoning", UNSET)
            reasoning: FusionServerToolConfigReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = FusionServerToolConfigReasoning.from_dict(_reasoning)

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)

            _at_field_ = "tools"
            _tools = d.pop("tools", UNSET)
            tools: list[FusionServerToolConfigToolsItem] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                    try:
                        tools_item = FusionServerToolConfigToolsItem.from_dict(tools_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _tools_item_data_index)
                    tools.append(tools_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_server_tool_config = cls(
            analysis_models=analysis_models,
            cache_control=cache_control,
            max_completion_tokens=max_completion_tokens,
            max_tool_calls=max_tool_calls,
            model=model,
            reasoning=reasoning,
            temperature=temperature,
            tools=tools,
        )

        fusion_server_tool_config.additional_properties = d
        return fusion_server_tool_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    FusionServerToolConfigReasoning = _LazyModel(
        globals(), "modelgates_api.models.fusion_server_tool_config_reasoning", "FusionServerToolConfigReasoning"
    )
    FusionServerToolConfigToolsItem = _LazyModel(
        globals(), "modelgates_api.models.fusion_server_tool_config_tools_item", "FusionServerToolConfigToolsItem"
    )
