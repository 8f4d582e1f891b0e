"""``client.messages``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates import AsyncEventStream, EventStream
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
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
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.messages_fallback_param import MessagesFallbackParam
    from ..models.messages_message_param import MessagesMessageParam
    from ..models.messages_output_config import MessagesOutputConfig
    from ..models.messages_request_context_management_type_0 import (
        MessagesRequestContextManagementType0,
    )
    from ..models.messages_request_metadata import MessagesRequestMetadata
    from ..models.messages_request_thinking_type_0 import MessagesRequestThinkingType0
    from ..models.messages_request_thinking_type_1 import MessagesRequestThinkingType1
    from ..models.messages_request_thinking_type_2 import MessagesRequestThinkingType2
    from ..models.messages_request_tool_choice_type_0 import (
        MessagesRequestToolChoiceType0,
    )
    from ..models.messages_request_tool_choice_type_1 import (
        MessagesRequestToolChoiceType1,
    )
    from ..models.messages_request_tool_choice_type_2 import (
        MessagesRequestToolChoiceType2,
    )
    from ..models.messages_request_tool_choice_type_3 import (
        MessagesRequestToolChoiceType3,
    )
    from ..models.messages_request_tools_item_type_0 import (
        MessagesRequestToolsItemType0,
    )
    from ..models.messages_request_tools_item_type_1 import (
        MessagesRequestToolsItemType1,
    )
    from ..models.messages_request_tools_item_type_2 import (
        MessagesRequestToolsItemType2,
    )
    from ..models.messages_request_tools_item_type_3 import (
        MessagesRequestToolsItemType3,
    )
    from ..models.messages_request_tools_item_type_4 import (
        MessagesRequestToolsItemType4,
    )
    from ..models.messages_request_tools_item_type_5 import (
        MessagesRequestToolsItemType5,
    )
    from ..models.messages_request_tools_item_type_12 import (
        MessagesRequestToolsItemType12,
    )
    from ..models.messages_result import MessagesResult
    from ..models.messages_search_models_server_tool import (
        MessagesSearchModelsServerTool,
    )
    from ..models.messages_streaming_response import MessagesStreamingResponse
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import (
        OpenRouterWebSearchServerTool,
    )
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.stop_server_tools_when_finish_reason_is import (
        StopServerToolsWhenFinishReasonIs,
    )
    from ..models.stop_server_tools_when_has_tool_call import (
        StopServerToolsWhenHasToolCall,
    )
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import (
        StopServerToolsWhenMaxTokensUsed,
    )
    from ..models.stop_server_tools_when_step_count_is import (
        StopServerToolsWhenStepCountIs,
    )
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin

__all__ = ["Messages", "MessagesWithRawResponse"]

_CREATE = Operation(
    name="messages.create",
    http="POST /messages",
    module="api.anthropic_messages.create_messages",
    fields={
        "x_open_router_metadata": ("header", "X-OpenRouter-Metadata"),
        "messages": ("body", "messages"),
        "model": ("body", "model"),
        "cache_control": ("body", "cache_control"),
        "context_management": ("body", "context_management"),
        "fallbacks": ("body", "fallbacks"),
        "max_tokens": ("body", "max_tokens"),
        "metadata": ("body", "metadata"),
        "models": ("body", "models"),
        "output_config": ("body", "output_config"),
        "plugins": ("body", "plugins"),
        "provider": ("body", "provider"),
        "route": ("body", "route"),
        "service_tier": ("body", "service_tier"),
        "session_id": ("body", "session_id"),
        "speed": ("body", "speed"),
        "stop_sequences": ("body", "stop_sequences"),
        "stop_server_tools_when": ("body", "stop_server_tools_when"),
        "stream": ("body", "stream"),
        "system": ("body", "system"),
        "temperature": ("body", "temperature"),
        "thinking": ("body", "thinking"),
        "tool_choice": ("body", "tool_choice"),
        "tools": ("body", "tools"),
        "top_k": ("body", "top_k"),
        "top_p": ("body", "top_p"),
        "trace": ("body", "trace"),
        "user": ("body", "user"),
    },
    body_class="messages_request:MessagesRequest",
    whole_body=False,
    required_body=("messages", "model"),
    requires_auth=True,
    result_class="messages_result:MessagesResult",
    authorization_param=False,
    result="json",
    events_class="messages_streaming_response:MessagesStreamingResponse",
    events_envelope=True,
    stream_field="stream",
)


class Messages:
    """Operations of the ``messages`` group (``client.messages``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return MessagesWithRawResponse(self._core.raw())

    @overload
    def create(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        stream: Literal[False] = False,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> MessagesResult: ...

    @overload
    def create(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        stream: Literal[True],
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> EventStream[MessagesStreamingResponse]: ...

    @overload
    def create(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        stream: bool = False,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> MessagesResult | EventStream[MessagesStreamingResponse]: ...

    def create(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        stream: bool = False,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> MessagesResult | EventStream[MessagesStreamingResponse]:
        """Create a message

        Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and extended thinking.

        ``POST /messages`` (operationId ``createMessages``).

        Args:
            x_open_router_metadata (header parameter ``X-OpenRouter-Metadata``): Opt-in to surface routing metadata on the response under `openrouter_metadata`. Defaults to `disabled`. The legacy header `X-OpenRouter-Experimental-Metadata` is also accepted for backward compatibility.
            messages: (no description in the spec)
            model: (no description in the spec)
            cache_control: Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for Anthropic Claude models.
            context_management: (no description in the spec)
            fallbacks: Fallback models to try if the primary model fails or refuses, in order. Handled by OpenRouter multi-model routing rather than Anthropic server-side fallbacks; cannot be combined with `models`. Each entry accepts only `model`. Maximum of 3 entries.
            max_tokens: (no description in the spec)
            metadata: (no description in the spec)
            models: (no description in the spec)
            output_config: Configuration for controlling output behavior. Supports the effort parameter and structured output format.
            plugins: Plugins you want to enable for this request, including their settings.
            provider: Provider routing preferences for the request.
            route: (no description in the spec)
            service_tier: (no description in the spec)
            session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
            speed: Controls output generation speed. When set to `fast`, uses a higher-speed inference configuration at premium pricing. Defaults to `standard` when omitted.
            stop_sequences: (no description in the spec)
            stop_server_tools_when: Stop conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-language answer instead of an unfinished tool call.
            stream: (no description in the spec)
            system: (no description in the spec)
            temperature: (no description in the spec)
            thinking: (no description in the spec)
            tool_choice: (no description in the spec)
            tools: (no description in the spec)
            top_k: (no description in the spec)
            top_p: (no description in the spec)
            trace: Metadata for observability and tracing. The known keys get special handling; other keys are passed through as custom metadata to configured broadcast destinations.
            user: A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Invalid request error
            401: Authentication error
            403: Forbidden error
            404: Not found error
            429: Rate limit error
            500: API error
            503: Overloaded error
            529: Overloaded error
        """
        return cast(
            "MessagesResult | EventStream[MessagesStreamingResponse]",
            self._core.call(
                _CREATE,
                {"x_open_router_metadata": x_open_router_metadata},
                {
                    "messages": messages,
                    "model": model,
                    "cache_control": cache_control,
                    "context_management": context_management,
                    "fallbacks": fallbacks,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "models": models,
                    "output_config": output_config,
                    "plugins": plugins,
                    "provider": provider,
                    "route": route,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "speed": speed,
                    "stop_sequences": stop_sequences,
                    "stop_server_tools_when": stop_server_tools_when,
                    "stream": stream,
                    "system": system,
                    "temperature": temperature,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_p": top_p,
                    "trace": trace,
                    "user": user,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    @overload
    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        stream: Literal[False] = False,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> MessagesResult: ...

    @overload
    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        stream: Literal[True],
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> AsyncEventStream[MessagesStreamingResponse]: ...

    @overload
    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        stream: bool = False,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> MessagesResult | AsyncEventStream[MessagesStreamingResponse]: ...

    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        context_management: MessagesRequestContextManagementType0
        | Mapping[str, Any]
        | None = None,
        fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        metadata: MessagesRequestMetadata | Mapping[str, Any] | None = None,
        models: Sequence[str] | None = None,
        output_config: MessagesOutputConfig | Mapping[str, Any] | None = None,
        plugins: Sequence[
            AutoRouterPlugin
            | Mapping[str, Any]
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
        ]
        | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        service_tier: str | None = None,
        session_id: str | None = None,
        speed: Literal["fast", "standard"] | str | None = None,
        stop_sequences: Sequence[str] | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        system: str
        | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
        | None = None,
        temperature: float | None = None,
        thinking: MessagesRequestThinkingType0
        | Mapping[str, Any]
        | MessagesRequestThinkingType1
        | MessagesRequestThinkingType2
        | None = None,
        tool_choice: MessagesRequestToolChoiceType0
        | Mapping[str, Any]
        | MessagesRequestToolChoiceType1
        | MessagesRequestToolChoiceType2
        | MessagesRequestToolChoiceType3
        | None = None,
        tools: Sequence[
            MessagesRequestToolsItemType0
            | Mapping[str, Any]
            | MessagesRequestToolsItemType1
            | MessagesRequestToolsItemType2
            | MessagesRequestToolsItemType3
            | MessagesRequestToolsItemType4
            | MessagesRequestToolsItemType5
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemType12
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        user: str | None = None,
        stream: bool = False,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> MessagesResult | AsyncEventStream[MessagesStreamingResponse]:
        """Create a message

        The async twin of ``create``.

        Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and extended thinking.

        ``POST /messages`` (operationId ``createMessages``).

        Args:
            x_open_router_metadata (header parameter ``X-OpenRouter-Metadata``): Opt-in to surface routing metadata on the response under `openrouter_metadata`. Defaults to `disabled`. The legacy header `X-OpenRouter-Experimental-Metadata` is also accepted for backward compatibility.
            messages: (no description in the spec)
            model: (no description in the spec)
            cache_control: Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for Anthropic Claude models.
            context_management: (no description in the spec)
            fallbacks: Fallback models to try if the primary model fails or refuses, in order. Handled by OpenRouter multi-model routing rather than Anthropic server-side fallbacks; cannot be combined with `models`. Each entry accepts only `model`. Maximum of 3 entries.
            max_tokens: (no description in the spec)
            metadata: (no description in the spec)
            models: (no description in the spec)
            output_config: Configuration for controlling output behavior. Supports the effort parameter and structured output format.
            plugins: Plugins you want to enable for this request, including their settings.
            provider: Provider routing preferences for the request.
            route: (no description in the spec)
            service_tier: (no description in the spec)
            session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
            speed: Controls output generation speed. When set to `fast`, uses a higher-speed inference configuration at premium pricing. Defaults to `standard` when omitted.
            stop_sequences: (no description in the spec)
            stop_server_tools_when: Stop conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-language answer instead of an unfinished tool call.
            stream: (no description in the spec)
            system: (no description in the spec)
            temperature: (no description in the spec)
            thinking: (no description in the spec)
            tool_choice: (no description in the spec)
            tools: (no description in the spec)
            top_k: (no description in the spec)
            top_p: (no description in the spec)
            trace: Metadata for observability and tracing. The known keys get special handling; other keys are passed through as custom metadata to configured broadcast destinations.
            user: A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Invalid request error
            401: Authentication error
            403: Forbidden error
            404: Not found error
            429: Rate limit error
            500: API error
            503: Overloaded error
            529: Overloaded error
        """
        return cast(
            "MessagesResult | AsyncEventStream[MessagesStreamingResponse]",
            await self._core.call_async(
                _CREATE,
                {"x_open_router_metadata": x_open_router_metadata},
                {
                    "messages": messages,
                    "model": model,
                    "cache_control": cache_control,
                    "context_management": context_management,
                    "fallbacks": fallbacks,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "models": models,
                    "output_config": output_config,
                    "plugins": plugins,
                    "provider": provider,
                    "route": route,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "speed": speed,
                    "stop_sequences": stop_sequences,
                    "stop_server_tools_when": stop_server_tools_when,
                    "stream": stream,
                    "system": system,
                    "temperature": temperature,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_p": top_p,
                    "trace": trace,
                    "user": user,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``: the operations of ``Messages``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``create`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Messages(core)
        self.create = raw_response(operations.create)
        self.create_async = raw_response_async(operations.create_async)
