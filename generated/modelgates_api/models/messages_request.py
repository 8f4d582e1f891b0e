from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_speed import AnthropicSpeed, check_anthropic_speed
from ..models.deprecated_route import DeprecatedRoute, check_deprecated_route
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from ..models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.fusion_plugin import FusionPlugin
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ..models.messages_fallback_param import MessagesFallbackParam
    from ..models.messages_message_param import MessagesMessageParam
    from ..models.messages_output_config import MessagesOutputConfig
    from ..models.messages_request_context_management_type_0 import MessagesRequestContextManagementType0
    from ..models.messages_request_metadata import MessagesRequestMetadata
    from ..models.messages_request_thinking_type_0 import MessagesRequestThinkingType0
    from ..models.messages_request_thinking_type_1 import MessagesRequestThinkingType1
    from ..models.messages_request_thinking_type_2 import MessagesRequestThinkingType2
    from ..models.messages_request_tool_choice_type_0 import MessagesRequestToolChoiceType0
    from ..models.messages_request_tool_choice_type_1 import MessagesRequestToolChoiceType1
    from ..models.messages_request_tool_choice_type_2 import MessagesRequestToolChoiceType2
    from ..models.messages_request_tool_choice_type_3 import MessagesRequestToolChoiceType3
    from ..models.messages_request_tools_item_type_0 import MessagesRequestToolsItemType0
    from ..models.messages_request_tools_item_type_1 import MessagesRequestToolsItemType1
    from ..models.messages_request_tools_item_type_2 import MessagesRequestToolsItemType2
    from ..models.messages_request_tools_item_type_3 import MessagesRequestToolsItemType3
    from ..models.messages_request_tools_item_type_4 import MessagesRequestToolsItemType4
    from ..models.messages_request_tools_item_type_5 import MessagesRequestToolsItemType5
    from ..models.messages_request_tools_item_type_12 import MessagesRequestToolsItemType12
    from ..models.messages_search_models_server_tool import MessagesSearchModelsServerTool
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin


@_attrs_define(repr=False, eq=False)
class MessagesRequest(_ModelBase):
    """Request schema for Anthropic Messages API endpoint

    Example:
        {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}

    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
        fallbacks (list[MessagesFallbackParam] | None | Unset): Fallback models to try if the primary model fails or
            refuses, in order. Handled by OpenRouter multi-model routing rather than Anthropic server-side fallbacks; cannot
            be combined with `models`. Each entry accepts only `model`. Maximum of 3 entries. Example: [{'model': 'claude-
            opus-4-8'}].
        output_config (MessagesOutputConfig | Unset): Configuration for controlling output behavior. Supports the effort
            parameter and structured output format. Example: {'effort': 'medium'}.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset): Plugins you want to enable for this request, including their settings.
        provider (ProviderPreferences | Unset): Provider routing preferences for the request.
        session_id (str | Unset): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        speed (AnthropicSpeed | None | Unset): Controls output generation speed. When set to `fast`, uses a higher-speed
            inference configuration at premium pricing. Defaults to `standard` when omitted. Example: fast.
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        trace (TraceConfig | Unset): Metadata for observability and tracing. The known keys get special handling; other
            keys are passed through as custom metadata to configured broadcast destinations.
        user (str | Unset): A unique identifier representing your end-user, which helps distinguish between different
            users of your app. This allows your app to identify specific users in case of abuse reports, preventing your
            entire app from being affected by the actions of individual users. Maximum of 256 characters.
    """

    messages: list[MessagesMessageParam] | None
    model: str
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    context_management: MessagesRequestContextManagementType0 | None | Unset = UNSET
    fallbacks: list[MessagesFallbackParam] | None | Unset = UNSET
    max_tokens: int | Unset = UNSET
    metadata: MessagesRequestMetadata | Unset = UNSET
    models: list[str] | Unset = UNSET
    output_config: MessagesOutputConfig | Unset = UNSET
    plugins: (
        list[
            AutoBetaRouterPlugin
            | AutoRouterPlugin
            | ContextCompressionPlugin
            | FileParserPlugin
            | FusionPlugin
            | ModerationPlugin
            | ParetoRouterPlugin
            | ResponseHealingPlugin
            | WebFetchPlugin
            | WebSearchPlugin
        ]
        | Unset
    ) = UNSET
    provider: ProviderPreferences | Unset = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    service_tier: str | Unset = UNSET
    session_id: str | Unset = UNSET
    speed: AnthropicSpeed | None | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    stop_server_tools_when: (
        list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | Unset
    ) = UNSET
    stream: bool | Unset = UNSET
    system: list[AnthropicTextBlockParam] | str | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking: MessagesRequestThinkingType0 | MessagesRequestThinkingType1 | MessagesRequestThinkingType2 | Unset = UNSET
    tool_choice: (
        MessagesRequestToolChoiceType0
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | Unset
    ) = UNSET
    tools: (
        list[
            AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesRequestToolsItemType0
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType12
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | MessagesSearchModelsServerTool
            | OpenRouterWebSearchServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
        ]
        | Unset
    ) = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "messages",
        "model",
        "cache_control",
        "context_management",
        "fallbacks",
        "max_tokens",
        "metadata",
        "models",
        "output_config",
        "plugins",
        "provider",
        "route",
        "service_tier",
        "session_id",
        "speed",
        "stop_sequences",
        "stop_server_tools_when",
        "stream",
        "system",
        "temperature",
        "thinking",
        "tool_choice",
        "tools",
        "top_k",
        "top_p",
        "trace",
        "user",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "messages"
            messages = d.pop("messages")
            if not isinstance(messages, (_NoneType,)):

                def _messages_member_0(data: object) -> list[MessagesMessageParam]:
                    if not isinstance(data, list):
                        raise TypeError()
                    messages_type_0 = []
                    _messages_type_0 = data
                    for _messages_type_0_item_data_index, messages_type_0_item_data in enumerate(
                        _as_list(_messages_type_0)
                    ):
                        try:
                            messages_type_0_item = MessagesMessageParam.from_dict(messages_type_0_item_data)

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _messages_type_0_item_data_index)
                        messages_type_0.append(messages_type_0_item)

                    return messages_type_0

                messages = _parse_union(
                    messages,
                    (("list[MessagesMessageParam]", _messages_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "context_management"
            context_management = d.pop("context_management", UNSET)
            if not isinstance(context_management, (_NoneType, Unset)):
                context_management = _parse_union(
                    context_management,
                    (("MessagesRequestContextManagementType0", MessagesRequestContextManagementType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "fallbacks"
            fallbacks = d.pop("fallbacks", UNSET)
            if not isinstance(fallbacks, (_NoneType, Unset)):

                def _fallbacks_member_0(data: object) -> list[MessagesFallbackParam]:
                    if not isinstance(data, list):
                        raise TypeError()
                    fallbacks_type_0 = []
                    _fallbacks_type_0 = data
                    for _fallbacks_type_0_item_data_index, fallbacks_type_0_item_data in enumerate(
                        _as_list(_fallbacks_type_0)
                    ):
                        try:
                            fallbacks_type_0_item = MessagesFallbackParam.from_dict(fallbacks_type_0_item_data)

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _fallbacks_type_0_item_data_index)
                        fallbacks_type_0.append(fallbacks_type_0_item)

                    return fallbacks_type_0

                fallbacks = _parse_union(
                    fallbacks,
                    (("list[MessagesFallbackParam]", _fallbacks_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "max_tokens"
            max_tokens = d.pop("max_tokens", UNSET)

            _at_field_ = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: MessagesRequestMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = MessagesRequestMetadata.from_dict(_metadata)

            _at_field_ = "models"
            models = cast(list[str], d.pop("models", UNSET))

            _at_field_ = "output_config"
            _output_config = d.pop("output_config", UNSET)
            output_config: MessagesOutputConfig | Unset
            if isinstance(_output_config, Unset):
                output_config = UNSET
            else:
                output_config = MessagesOutputConfig.from_dict(_output_config)

            _at_field_ = "plugins"
            _plugins = d.pop("plugins", UNSET)
            plugins: (
                list[
                    AutoBetaRouterPlugin
                    | AutoRouterPlugin
                    | ContextCompressionPlugin
                    | FileParserPlugin
                    | FusionPlugin
                    | ModerationPlugin
                    | ParetoRouterPlugin
                    | ResponseHealingPlugin
                    | WebFetchPlugin
                    | WebSearchPlugin
                ]
                | Unset
            ) = UNSET
            if _plugins is not UNSET:
                plugins = []
                for _plugins_item_data_index, plugins_item_data in enumerate(_as_list(_plugins)):
                    try:
                        plugins_item = plugins_item_data
                        plugins_item = _parse_union(
                            plugins_item,
                            (
                                ("AutoRouterPlugin", AutoRouterPlugin),
                                ("AutoBetaRouterPlugin", AutoBetaRouterPlugin),
                                ("ModerationPlugin", ModerationPlugin),
                                ("WebSearchPlugin", WebSearchPlugin),
                                ("WebFetchPlugin", WebFetchPlugin),
                                ("FileParserPlugin", FileParserPlugin),
                                ("ResponseHealingPlugin", ResponseHealingPlugin),
                                ("ContextCompressionPlugin", ContextCompressionPlugin),
                                ("ParetoRouterPlugin", ParetoRouterPlugin),
                                ("FusionPlugin", FusionPlugin),
                            ),
                            tag=(
                                "id",
                                (
                                    "auto-router",
                                    "auto-beta-router",
                                    "moderation",
                                    "web",
                                    "web-fetch",
                                    "file-parser",
                                    "response-healing",
                                    "context-compression",
                                    "pareto-router",
                                    "fusion",
                                ),
                            ),
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _plugins_item_data_index)
                    plugins.append(plugins_item)

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: ProviderPreferences | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = ProviderPreferences.from_dict(_provider)

            _at_field_ = "route"
            route = d.pop("route", UNSET)
            if not isinstance(route, (_NoneType, Unset)):

                def _route_member_0(data: object) -> DeprecatedRoute:
                    if not isinstance(data, str):
                        raise TypeError()
                    route_type_0 = check_deprecated_route(data)

                    return route_type_0

                route = _parse_union(
                    route,
                    (("DeprecatedRoute", _route_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "service_tier"
            service_tier = d.pop("service_tier", UNSET)

            _at_field_ = "session_id"
            session_id = d.pop("session_id", UNSET)

            _at_field_ = "speed"
            speed = d.pop("speed", UNSET)
            if not isinstance(speed, (_NoneType, Unset)):

                def _speed_member_0(data: object) -> AnthropicSpeed:
                    if not isinstance(data, str):
                        raise TypeError()
                    speed_type_0 = check_anthropic_speed(data)

                    return speed_type_0

                speed = _parse_union(
                    speed,
                    (("AnthropicSpeed", _speed_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "stop_sequences"
            stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

            _at_field_ = "stop_server_tools_when"
            _stop_server_tools_when = d.pop("stop_server_tools_when", UNSET)
            stop_server_tools_when: (
                list[
                    StopServerToolsWhenFinishReasonIs
                    | StopServerToolsWhenHasToolCall
                    | StopServerToolsWhenMaxCost
                    | StopServerToolsWhenMaxTokensUsed
                    | StopServerToolsWhenStepCountIs
                ]
                | Unset
            ) = UNSET
            if _stop_server_tools_when is not UNSET:
                stop_server_tools_when = []
                for (
                    _componentsschemas_stop_server_tools_when_item_data_index,
                    componentsschemas_stop_server_tools_when_item_data,
                ) in enumerate(_as_list(_stop_server_tools_when)):
                    try:
                        componentsschemas_stop_server_tools_when_item = (
                            componentsschemas_stop_server_tools_when_item_data
                        )
                        componentsschemas_stop_server_tools_when_item = _parse_union(
                            componentsschemas_stop_server_tools_when_item,
                            (
                                ("StopServerToolsWhenStepCountIs", StopServerToolsWhenStepCountIs),
                                ("StopServerToolsWhenHasToolCall", StopServerToolsWhenHasToolCall),
                                ("StopServerToolsWhenMaxTokensUsed", StopServerToolsWhenMaxTokensUsed),
                                ("StopServerToolsWhenMaxCost", StopServerToolsWhenMaxCost),
                                ("StopServerToolsWhenFinishReasonIs", StopServerToolsWhenFinishReasonIs),
                            ),
                            tag=(
                                "type",
                                (
                                    "step_count_is",
                                    "has_tool_call",
                                    "max_tokens_used",
                                    "max_cost",
                                    "finish_reason_is",
                                ),
                            ),
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _componentsschemas_stop_server_tools_when_item_data_index)
                    stop_server_tools_when.append(componentsschemas_stop_server_tools_when_item)

            _at_field_ = "stream"
            stream = d.pop("stream", UNSET)

            _at_field_ = "system"
            system = d.pop("system", UNSET)
            if not isinstance(system, (Unset,)):

                def _system_member_1(data: object) -> list[AnthropicTextBlockParam]:
                    if not isinstance(data, list):
                        raise TypeError()
                    system_type_1 = []
                    _system_type_1 = data
                    for _system_type_1_item_data_index, system_type_1_item_data in enumerate(_as_list(_system_type_1)):
                        try:
                            system_type_1_item = AnthropicTextBlockParam.from_dict(system_type_1_item_data)

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _system_type_1_item_data_index)
                        system_type_1.append(system_type_1_item)

                    return system_type_1

                system = _parse_union(
                    system,
                    (("list[AnthropicTextBlockParam]", _system_member_1),),
                    plain=(str,),
                )

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)

            _at_field_ = "thinking"
            thinking = d.pop("thinking", UNSET)
            if not isinstance(thinking, (Unset,)):
                thinking = _parse_union(
                    thinking,
                    (
                        ("MessagesRequestThinkingType0", MessagesRequestThinkingType0),
                        ("MessagesRequestThinkingType1", MessagesRequestThinkingType1),
                        ("MessagesRequestThinkingType2", MessagesRequestThinkingType2),
                    ),
                    tag=(
                        "type",
                        (
                            "enabled",
                            "disabled",
                            "adaptive",
                        ),
                    ),
                )

            _at_field_ = "tool_choice"
            tool_choice = d.pop("tool_choice", UNSET)
            if not isinstance(tool_choice, (Unset,)):
                tool_choice = _parse_union(
                    tool_choice,
                    (
                        ("MessagesRequestToolChoiceType0", MessagesRequestToolChoiceType0),
                        ("MessagesRequestToolChoiceType1", MessagesRequestToolChoiceType1),
                        ("MessagesRequestToolChoiceType2", MessagesRequestToolChoiceType2),
                        ("MessagesRequestToolChoiceType3", MessagesRequestToolChoiceType3),
                    ),
                    tag=(
                        "type",
                        (
                            "auto",
                            "any",
                            "none",
                            "tool",
                        ),
                    ),
                )

            _at_field_ = "tools"
            _tools = d.pop("tools", UNSET)
            tools: (
                list[
                    AnthropicToolSearchToolBm25
                    | AnthropicToolSearchToolRegex
                    | BashServerTool
                    | DatetimeServerTool
                    | ImageGenerationServerToolOpenRouter
                    | MessagesRequestToolsItemType0
                    | MessagesRequestToolsItemType1
                    | MessagesRequestToolsItemType12
                    | MessagesRequestToolsItemType2
                    | MessagesRequestToolsItemType3
                    | MessagesRequestToolsItemType4
                    | MessagesRequestToolsItemType5
                    | MessagesSearchModelsServerTool
                    | OpenRouterWebSearchServerTool
                    | ShellServerToolOpenRouter
                    | ToolSearchServerTool
                    | WebFetchServerTool
                ]
                | Unset
            ) = UNSET
            if _tools is not UNSET:
                tools = []
                for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                    try:
                        tools_item = tools_item_data
                        tools_item = _parse_union(
                            tools_item,
                            (
                                ("MessagesRequestToolsItemType0", MessagesRequestToolsItemType0),
                                ("MessagesRequestToolsItemType1", MessagesRequestToolsItemType1),
                                ("MessagesRequestToolsItemType2", MessagesRequestToolsItemType2),
                                ("MessagesRequestToolsItemType3", MessagesRequestToolsItemType3),
                                ("MessagesRequestToolsItemType4", MessagesRequestToolsItemType4),
                                ("MessagesRequestToolsItemType5", MessagesRequestToolsItemType5),
                                ("BashServerTool", BashServerTool),
                                ("DatetimeServerTool", DatetimeServerTool),
                                ("ImageGenerationServerToolOpenRouter", ImageGenerationServerToolOpenRouter),
                                ("MessagesSearchModelsServerTool", MessagesSearchModelsServerTool),
                                ("WebFetchServerTool", WebFetchServerTool),
                                ("OpenRouterWebSearchServerTool", OpenRouterWebSearchServerTool),
                                ("MessagesRequestToolsItemType12", MessagesRequestToolsItemType12),
                                ("AnthropicToolSearchToolBm25", AnthropicToolSearchToolBm25),
                                ("AnthropicToolSearchToolRegex", AnthropicToolSearchToolRegex),
                                ("ShellServerToolOpenRouter", ShellServerToolOpenRouter),
                                ("ToolSearchServerTool", ToolSearchServerTool),
                            ),
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _tools_item_data_index)
                    tools.append(tools_item)

            _at_field_ = "top_k"
            top_k = d.pop("top_k", UNSET)

            _at_field_ = "top_p"
            top_p = d.pop("top_p", UNSET)

            _at_field_ = "trace"
            _trace = d.pop("trace", UNSET)
            trace: TraceConfig | Unset
            if isinstance(_trace, Unset):
                trace = UNSET
            else:
                trace = TraceConfig.from_dict(_trace)

            _at_field_ = "user"
            user = d.pop("user", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request = cls(
            messages=messages,
            model=model,
            cache_control=cache_control,
            context_management=context_management,
            fallbacks=fallbacks,
            max_tokens=max_tokens,
            metadata=metadata,
            models=models,
            output_config=output_config,
            plugins=plugins,
            provider=provider,
            route=route,
            service_tier=service_tier,
            session_id=session_id,
            speed=speed,
            stop_sequences=stop_sequences,
            stop_server_tools_when=stop_server_tools_when,
            stream=stream,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            trace=trace,
            user=user,
        )

        messages_request.additional_properties = d
        return messages_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicTextBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_text_block_param", "AnthropicTextBlockParam"
    )
    AnthropicToolSearchToolBm25 = _LazyModel(
        globals(), "modelgates_api.models.anthropic_tool_search_tool_bm_25", "AnthropicToolSearchToolBm25"
    )
    AnthropicToolSearchToolRegex = _LazyModel(
        globals(), "modelgates_api.models.anthropic_tool_search_tool_regex", "AnthropicToolSearchToolRegex"
    )
    AutoBetaRouterPlugin = _LazyModel(
        globals(), "modelgates_api.models.auto_beta_router_plugin", "AutoBetaRouterPlugin"
    )
    AutoRouterPlugin = _LazyModel(globals(), "modelgates_api.models.auto_router_plugin", "AutoRouterPlugin")
    BashServerTool = _LazyModel(globals(), "modelgates_api.models.bash_server_tool", "BashServerTool")
    ContextCompressionPlugin = _LazyModel(
        globals(), "modelgates_api.models.context_compression_plugin", "ContextCompressionPlugin"
    )
    DatetimeServerTool = _LazyModel(globals(), "modelgates_api.models.datetime_server_tool", "DatetimeServerTool")
    FileParserPlugin = _LazyModel(globals(), "modelgates_api.models.file_parser_plugin", "FileParserPlugin")
    FusionPlugin = _LazyModel(globals(), "modelgates_api.models.fusion_plugin", "FusionPlugin")
    ImageGenerationServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_server_tool_open_router",
        "ImageGenerationServerToolOpenRouter",
    )
    MessagesFallbackParam = _LazyModel(
        globals(), "modelgates_api.models.messages_fallback_param", "MessagesFallbackParam"
    )
    MessagesMessageParam = _LazyModel(globals(), "modelgates_api.models.messages_message_param", "MessagesMessageParam")
    MessagesOutputConfig = _LazyModel(globals(), "modelgates_api.models.messages_output_config", "MessagesOutputConfig")
    MessagesRequestContextManagementType0 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_request_context_management_type_0",
        "MessagesRequestContextManagementType0",
    )
    MessagesRequestMetadata = _LazyModel(
        globals(), "modelgates_api.models.messages_request_metadata", "MessagesRequestMetadata"
    )
    MessagesRequestThinkingType0 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_thinking_type_0", "MessagesRequestThinkingType0"
    )
    MessagesRequestThinkingType1 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_thinking_type_1", "MessagesRequestThinkingType1"
    )
    MessagesRequestThinkingType2 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_thinking_type_2", "MessagesRequestThinkingType2"
    )
    MessagesRequestToolChoiceType0 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tool_choice_type_0", "MessagesRequestToolChoiceType0"
    )
    MessagesRequestToolChoiceType1 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tool_choice_type_1", "MessagesRequestToolChoiceType1"
    )
    MessagesRequestToolChoiceType2 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tool_choice_type_2", "MessagesRequestToolChoiceType2"
    )
    MessagesRequestToolChoiceType3 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tool_choice_type_3", "MessagesRequestToolChoiceType3"
    )
    MessagesRequestToolsItemType0 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tools_item_type_0", "MessagesRequestToolsItemType0"
    )
    MessagesRequestToolsItemType1 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tools_item_type_1", "MessagesRequestToolsItemType1"
    )
    MessagesRequestToolsItemType12 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tools_item_type_12", "MessagesRequestToolsItemType12"
    )
    MessagesRequestToolsItemType2 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tools_item_type_2", "MessagesRequestToolsItemType2"
    )
    MessagesRequestToolsItemType3 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tools_item_type_3", "MessagesRequestToolsItemType3"
    )
    MessagesRequestToolsItemType4 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tools_item_type_4", "MessagesRequestToolsItemType4"
    )
    MessagesRequestToolsItemType5 = _LazyModel(
        globals(), "modelgates_api.models.messages_request_tools_item_type_5", "MessagesRequestToolsItemType5"
    )
    MessagesSearchModelsServerTool = _LazyModel(
        globals(), "modelgates_api.models.messages_search_models_server_tool", "MessagesSearchModelsServerTool"
    )
    ModerationPlugin = _LazyModel(globals(), "modelgates_api.models.moderation_plugin", "ModerationPlugin")
    OpenRouterWebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.open_router_web_search_server_tool", "OpenRouterWebSearchServerTool"
    )
    ParetoRouterPlugin = _LazyModel(globals(), "modelgates_api.models.pareto_router_plugin", "ParetoRouterPlugin")
    ProviderPreferences = _LazyModel(globals(), "modelgates_api.models.provider_preferences", "ProviderPreferences")
    ResponseHealingPlugin = _LazyModel(
        globals(), "modelgates_api.models.response_healing_plugin", "ResponseHealingPlugin"
    )
    ShellServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.shell_server_tool_open_router", "ShellServerToolOpenRouter"
    )
    StopServerToolsWhenFinishReasonIs = _LazyModel(
        globals(), "modelgates_api.models.stop_server_tools_when_finish_reason_is", "StopServerToolsWhenFinishReasonIs"
    )
    StopServerToolsWhenHasToolCall = _LazyModel(
        globals(), "modelgates_api.models.stop_server_tools_when_has_tool_call", "StopServerToolsWhenHasToolCall"
    )
    StopServerToolsWhenMaxCost = _LazyModel(
        globals(), "modelgates_api.models.stop_server_tools_when_max_cost", "StopServerToolsWhenMaxCost"
    )
    StopServerToolsWhenMaxTokensUsed = _LazyModel(
        globals(), "modelgates_api.models.stop_server_tools_when_max_tokens_used", "StopServerToolsWhenMaxTokensUsed"
    )
    StopServerToolsWhenStepCountIs = _LazyModel(
        globals(), "modelgates_api.models.stop_server_tools_when_step_count_is", "StopServerToolsWhenStepCountIs"
    )
    ToolSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.tool_search_server_tool", "ToolSearchServerTool"
    )
    TraceConfig = _LazyModel(globals(), "modelgates_api.models.trace_config", "TraceConfig")
    WebFetchPlugin = _LazyModel(globals(), "modelgates_api.models.web_fetch_plugin", "WebFetchPlugin")
    WebFetchServerTool = _LazyModel(globals(), "modelgates_api.models.web_fetch_server_tool", "WebFetchServerTool")
    WebSearchPlugin = _LazyModel(globals(), "modelgates_api.models.web_search_plugin", "WebSearchPlugin")
