from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_speed import AnthropicSpeed, check_anthropic_speed
from ..models.deprecated_route import DeprecatedRoute, check_deprecated_route
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
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
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicTextBlockParam = _LazyModel(globals(), "anthropic_text_block_param", "AnthropicTextBlockParam")
    AnthropicToolSearchToolBm25 = _LazyModel(
        globals(), "anthropic_tool_search_tool_bm_25", "AnthropicToolSearchToolBm25"
    )
    AnthropicToolSearchToolRegex = _LazyModel(
        globals(), "anthropic_tool_search_tool_regex", "AnthropicToolSearchToolRegex"
    )
    AutoBetaRouterPlugin = _LazyModel(globals(), "auto_beta_router_plugin", "AutoBetaRouterPlugin")
    AutoRouterPlugin = _LazyModel(globals(), "auto_router_plugin", "AutoRouterPlugin")
    BashServerTool = _LazyModel(globals(), "bash_server_tool", "BashServerTool")
    ContextCompressionPlugin = _LazyModel(globals(), "context_compression_plugin", "ContextCompressionPlugin")
    DatetimeServerTool = _LazyModel(globals(), "datetime_server_tool", "DatetimeServerTool")
    FileParserPlugin = _LazyModel(globals(), "file_parser_plugin", "FileParserPlugin")
    FusionPlugin = _LazyModel(globals(), "fusion_plugin", "FusionPlugin")
    ImageGenerationServerToolOpenRouter = _LazyModel(
        globals(), "image_generation_server_tool_open_router", "ImageGenerationServerToolOpenRouter"
    )
    MessagesFallbackParam = _LazyModel(globals(), "messages_fallback_param", "MessagesFallbackParam")
    MessagesMessageParam = _LazyModel(globals(), "messages_message_param", "MessagesMessageParam")
    MessagesOutputConfig = _LazyModel(globals(), "messages_output_config", "MessagesOutputConfig")
    MessagesRequestContextManagementType0 = _LazyModel(
        globals(), "messages_request_context_management_type_0", "MessagesRequestContextManagementType0"
    )
    MessagesRequestMetadata = _LazyModel(globals(), "messages_request_metadata", "MessagesRequestMetadata")
    MessagesRequestThinkingType0 = _LazyModel(
        globals(), "messages_request_thinking_type_0", "MessagesRequestThinkingType0"
    )
    MessagesRequestThinkingType1 = _LazyModel(
        globals(), "messages_request_thinking_type_1", "MessagesRequestThinkingType1"
    )
    MessagesRequestThinkingType2 = _LazyModel(
        globals(), "messages_request_thinking_type_2", "MessagesRequestThinkingType2"
    )
    MessagesRequestToolChoiceType0 = _LazyModel(
        globals(), "messages_request_tool_choice_type_0", "MessagesRequestToolChoiceType0"
    )
    MessagesRequestToolChoiceType1 = _LazyModel(
        globals(), "messages_request_tool_choice_type_1", "MessagesRequestToolChoiceType1"
    )
    MessagesRequestToolChoiceType2 = _LazyModel(
        globals(), "messages_request_tool_choice_type_2", "MessagesRequestToolChoiceType2"
    )
    MessagesRequestToolChoiceType3 = _LazyModel(
        globals(), "messages_request_tool_choice_type_3", "MessagesRequestToolChoiceType3"
    )
    MessagesRequestToolsItemType0 = _LazyModel(
        globals(), "messages_request_tools_item_type_0", "MessagesRequestToolsItemType0"
    )
    MessagesRequestToolsItemType1 = _LazyModel(
        globals(), "messages_request_tools_item_type_1", "MessagesRequestToolsItemType1"
    )
    MessagesRequestToolsItemType12 = _LazyModel(
        globals(), "messages_request_tools_item_type_12", "MessagesRequestToolsItemType12"
    )
    MessagesRequestToolsItemType2 = _LazyModel(
        globals(), "messages_request_tools_item_type_2", "MessagesRequestToolsItemType2"
    )
    MessagesRequestToolsItemType3 = _LazyModel(
        globals(), "messages_request_tools_item_type_3", "MessagesRequestToolsItemType3"
    )
    MessagesRequestToolsItemType4 = _LazyModel(
        globals(), "messages_request_tools_item_type_4", "MessagesRequestToolsItemType4"
    )
    MessagesRequestToolsItemType5 = _LazyModel(
        globals(), "messages_request_tools_item_type_5", "MessagesRequestToolsItemType5"
    )
    MessagesSearchModelsServerTool = _LazyModel(
        globals(), "messages_search_models_server_tool", "MessagesSearchModelsServerTool"
    )
    ModerationPlugin = _LazyModel(globals(), "moderation_plugin", "ModerationPlugin")
    OpenRouterWebSearchServerTool = _LazyModel(
        globals(), "open_router_web_search_server_tool", "OpenRouterWebSearchServerTool"
    )
    ParetoRouterPlugin = _LazyModel(globals(), "pareto_router_plugin", "ParetoRouterPlugin")
    ProviderPreferences = _LazyModel(globals(), "provider_preferences", "ProviderPreferences")
    ResponseHealingPlugin = _LazyModel(globals(), "response_healing_plugin", "ResponseHealingPlugin")
    ShellServerToolOpenRouter = _LazyModel(globals(), "shell_server_tool_open_router", "ShellServerToolOpenRouter")
    StopServerToolsWhenFinishReasonIs = _LazyModel(
        globals(), "stop_server_tools_when_finish_reason_is", "StopServerToolsWhenFinishReasonIs"
    )
    StopServerToolsWhenHasToolCall = _LazyModel(
        globals(), "stop_server_tools_when_has_tool_call", "StopServerToolsWhenHasToolCall"
    )
    StopServerToolsWhenMaxCost = _LazyModel(globals(), "stop_server_tools_when_max_cost", "StopServerToolsWhenMaxCost")
    StopServerToolsWhenMaxTokensUsed = _LazyModel(
        globals(), "stop_server_tools_when_max_tokens_used", "StopServerToolsWhenMaxTokensUsed"
    )
    StopServerToolsWhenStepCountIs = _LazyModel(
        globals(), "stop_server_tools_when_step_count_is", "StopServerToolsWhenStepCountIs"
    )
    ToolSearchServerTool = _LazyModel(globals(), "tool_search_server_tool", "ToolSearchServerTool")
    TraceConfig = _LazyModel(globals(), "trace_config", "TraceConfig")
    WebFetchPlugin = _LazyModel(globals(), "web_fetch_plugin", "WebFetchPlugin")
    WebFetchServerTool = _LazyModel(globals(), "web_fetch_server_tool", "WebFetchServerTool")
    WebSearchPlugin = _LazyModel(globals(), "web_search_plugin", "WebSearchPlugin")


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

    _required_ = (
        (
            "messages",
            _union_field(
                (("list[MessagesMessageParam]", _guarded((list,), _list_field(_model_field(MessagesMessageParam)))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "model",
    )
    _optional_ = (
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        (
            "context_management",
            _union_field(
                (("MessagesRequestContextManagementType0", MessagesRequestContextManagementType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "fallbacks",
            _union_field(
                (("list[MessagesFallbackParam]", _guarded((list,), _list_field(_model_field(MessagesFallbackParam)))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "max_tokens",
        ("metadata", _model_field(MessagesRequestMetadata)),
        "models",
        ("output_config", _model_field(MessagesOutputConfig)),
        (
            "plugins",
            _list_field(
                _union_field(
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
            ),
        ),
        ("provider", _model_field(ProviderPreferences)),
        (
            "route",
            _union_field(
                (("DeprecatedRoute", _guarded((str,), check_deprecated_route)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        "service_tier",
        "session_id",
        (
            "speed",
            _union_field(
                (("AnthropicSpeed", _guarded((str,), check_anthropic_speed)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        "stop_sequences",
        (
            "stop_server_tools_when",
            _list_field(
                _union_field(
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
            ),
        ),
        "stream",
        (
            "system",
            _union_field(
                (
                    (
                        "list[AnthropicTextBlockParam]",
                        _guarded((list,), _list_field(_model_field(AnthropicTextBlockParam))),
                    ),
                ),
                plain=(str,),
            ),
        ),
        "temperature",
        (
            "thinking",
            _union_field(
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
            ),
        ),
        (
            "tool_choice",
            _union_field(
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
            ),
        ),
        (
            "tools",
            _list_field(
                _union_field(
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
                    )
                )
            ),
        ),
        "top_k",
        "top_p",
        ("trace", _model_field(TraceConfig)),
        "user",
    )
