"""``client.chat``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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
    from modelgates import AsyncChatStream, ChatStream
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_function_tool import ChatFunctionTool
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_request_image_config import ChatRequestImageConfig
    from ..models.chat_request_logit_bias import ChatRequestLogitBias
    from ..models.chat_request_metadata import ChatRequestMetadata
    from ..models.chat_request_plugin_context_compression import (
        ChatRequestPluginContextCompression,
    )
    from ..models.chat_request_plugin_file_parser import ChatRequestPluginFileParser
    from ..models.chat_request_plugin_moderation import ChatRequestPluginModeration
    from ..models.chat_request_plugin_response_healing import (
        ChatRequestPluginResponseHealing,
    )
    from ..models.chat_request_plugin_web import ChatRequestPluginWeb
    from ..models.chat_result import ChatResult
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning import Reasoning
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.trace_config import TraceConfig

__all__ = ["Chat", "ChatWithRawResponse"]

_SEND = Operation(
    name="chat.send",
    http="POST /chat/completions",
    module="api.chat.send_chat_completion_request",
    fields={
        "x_open_router_experimental_metadata": (
            "header",
            "X-OpenRouter-Experimental-Metadata",
        ),
        "messages": ("body", "messages"),
        "model": ("body", "model"),
        "models": ("body", "models"),
        "cache_control": ("body", "cache_control"),
        "debug": ("body", "debug"),
        "frequency_penalty": ("body", "frequency_penalty"),
        "image_config": ("body", "image_config"),
        "logit_bias": ("body", "logit_bias"),
        "logprobs": ("body", "logprobs"),
        "max_completion_tokens": ("body", "max_completion_tokens"),
        "max_tokens": ("body", "max_tokens"),
        "metadata": ("body", "metadata"),
        "modalities": ("body", "modalities"),
        "parallel_tool_calls": ("body", "parallel_tool_calls"),
        "plugins": ("body", "plugins"),
        "presence_penalty": ("body", "presence_penalty"),
        "provider": ("body", "provider"),
        "reasoning": ("body", "reasoning"),
        "response_format": ("body", "response_format"),
        "seed": ("body", "seed"),
        "service_tier": ("body", "service_tier"),
        "session_id": ("body", "session_id"),
        "stop": ("body", "stop"),
        "stream": ("body", "stream"),
        "stream_options": ("body", "stream_options"),
        "temperature": ("body", "temperature"),
        "tool_choice": ("body", "tool_choice"),
        "tools": ("body", "tools"),
        "top_logprobs": ("body", "top_logprobs"),
        "top_p": ("body", "top_p"),
        "trace": ("body", "trace"),
        "user": ("body", "user"),
    },
    body_class="chat_request:ChatRequest",
    whole_body=False,
    required_body=("messages",),
    requires_auth=True,
    result_class="chat_result:ChatResult",
    authorization_param=True,
    result="json",
    events_class="chat_stream_chunk:ChatStreamChunk",
    events_envelope=False,
    stream_field="stream",
)


class Chat:
    """Operations of the ``chat`` group (``client.chat``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ChatWithRawResponse(self._core.raw())

    @overload
    def send(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> ChatResult: ...

    @overload
    def send(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        stream: Literal[True],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> ChatStream: ...

    @overload
    def send(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> ChatResult | ChatStream: ...

    def send(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> ChatResult | ChatStream:
        """Create a chat completion

        Sends a request for a model response for the given chat conversation. Supports both streaming (`stream` true, `text/event-stream`) and non-streaming (`application/json`) modes.

        ``POST /chat/completions`` (operationId ``send-chat-completion-request``).

        Args:
            x_open_router_experimental_metadata (header parameter ``X-OpenRouter-Experimental-Metadata``): Opt-in to surface routing metadata on the response under `modelgates_metadata`. Defaults to disabled.
            messages: List of messages for the conversation.
            model: Model to use for completion, e.g. `openai/gpt-4o`. Defaults to the account's default model.
            models: Models to use for completion, tried in order as fallbacks.
            cache_control: Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for Anthropic Claude models.
            debug: Debug options for inspecting request transformations (streaming only).
            frequency_penalty: Frequency penalty (-2.0 to 2.0).
            image_config: Provider-specific image configuration options, e.g. `{"aspect_ratio": "16:9"}`.
            logit_bias: Token logit bias adjustments, keyed by token id.
            logprobs: Return log probabilities.
            max_completion_tokens: Maximum tokens in the completion.
            max_tokens: Maximum tokens (deprecated, use max_completion_tokens). Some providers enforce a minimum of 16.
            metadata: Key-value pairs for additional information (at most 16 pairs, 64-character keys, 512-character values).
            modalities: Output modalities for the response.
            parallel_tool_calls: Whether the model may make several tool calls in one response.
            plugins: Plugins to enable for this request, with their settings.
            presence_penalty: Presence penalty (-2.0 to 2.0).
            provider: Provider routing preferences.
            reasoning: Configuration options for reasoning models.
            response_format: Response format configuration, discriminated by `type`.
            seed: Random seed for deterministic outputs.
            service_tier: The service tier to use for processing this request.
            session_id: Identifier grouping related requests for observability; takes precedence over the `x-session-id` header.
            stop: Stop sequences (up to 4).
            stream: Enable streaming response (server-sent events). Default: ``False``.
            stream_options: Streaming configuration options.
            temperature: Sampling temperature (0-2).
            tool_choice: Tool choice configuration.
            tools: Available tools for function calling.
            top_logprobs: Number of top log probabilities to return (0-20).
            top_p: Nucleus sampling parameter (0-1).
            trace: Metadata for observability and tracing. The known keys get special handling; other keys are passed through as custom metadata to configured broadcast destinations.
            user: Unique identifier of the end user.

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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            402: Payment Required - Insufficient credits or quota to complete request
            403: Forbidden - Insufficient permissions, or blocked by moderation or a guardrail
            404: Not Found - Resource does not exist
            408: Request Timeout - Operation exceeded time limit
            413: Payload Too Large - Request payload exceeds size limits
            422: Unprocessable Entity - Semantic validation failure
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "ChatResult | ChatStream",
            self._core.call(
                _SEND,
                {
                    "x_open_router_experimental_metadata": x_open_router_experimental_metadata
                },
                {
                    "messages": messages,
                    "model": model,
                    "models": models,
                    "cache_control": cache_control,
                    "debug": debug,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "modalities": modalities,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "provider": provider,
                    "reasoning": reasoning,
                    "response_format": response_format,
                    "seed": seed,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
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
    async def send_async(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> ChatResult: ...

    @overload
    async def send_async(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        stream: Literal[True],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> AsyncChatStream: ...

    @overload
    async def send_async(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> ChatResult | AsyncChatStream: ...

    async def send_async(
        self,
        *,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
        x_open_router_experimental_metadata: Literal["disabled", "enabled"]
        | str
        | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: ChatRequestImageConfig | Mapping[str, Any] | None = None,
        logit_bias: ChatRequestLogitBias | Mapping[str, Any] | None = None,
        logprobs: bool | None = None,
        max_completion_tokens: int | None = None,
        max_tokens: int | None = None,
        metadata: ChatRequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["audio", "image", "text"] | str] | None = None,
        parallel_tool_calls: bool | None = None,
        plugins: Sequence[
            ChatRequestPluginWeb
            | Mapping[str, Any]
            | ChatRequestPluginFileParser
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginModeration
            | ChatRequestPluginContextCompression
        ]
        | None = None,
        presence_penalty: float | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: Reasoning | Mapping[str, Any] | None = None,
        response_format: ResponseFormatText
        | Mapping[str, Any]
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | None = None,
        seed: int | None = None,
        service_tier: Literal["auto", "default", "flex", "priority", "scale"]
        | str
        | None = None,
        session_id: str | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: ChatStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | ChatNamedToolChoice
        | Mapping[str, Any]
        | None = None,
        tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | None = None,
        top_logprobs: int | None = None,
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
    ) -> ChatResult | AsyncChatStream:
        """Create a chat completion

        The async twin of ``send``.

        Sends a request for a model response for the given chat conversation. Supports both streaming (`stream` true, `text/event-stream`) and non-streaming (`application/json`) modes.

        ``POST /chat/completions`` (operationId ``send-chat-completion-request``).

        Args:
            x_open_router_experimental_metadata (header parameter ``X-OpenRouter-Experimental-Metadata``): Opt-in to surface routing metadata on the response under `modelgates_metadata`. Defaults to disabled.
            messages: List of messages for the conversation.
            model: Model to use for completion, e.g. `openai/gpt-4o`. Defaults to the account's default model.
            models: Models to use for completion, tried in order as fallbacks.
            cache_control: Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for Anthropic Claude models.
            debug: Debug options for inspecting request transformations (streaming only).
            frequency_penalty: Frequency penalty (-2.0 to 2.0).
            image_config: Provider-specific image configuration options, e.g. `{"aspect_ratio": "16:9"}`.
            logit_bias: Token logit bias adjustments, keyed by token id.
            logprobs: Return log probabilities.
            max_completion_tokens: Maximum tokens in the completion.
            max_tokens: Maximum tokens (deprecated, use max_completion_tokens). Some providers enforce a minimum of 16.
            metadata: Key-value pairs for additional information (at most 16 pairs, 64-character keys, 512-character values).
            modalities: Output modalities for the response.
            parallel_tool_calls: Whether the model may make several tool calls in one response.
            plugins: Plugins to enable for this request, with their settings.
            presence_penalty: Presence penalty (-2.0 to 2.0).
            provider: Provider routing preferences.
            reasoning: Configuration options for reasoning models.
            response_format: Response format configuration, discriminated by `type`.
            seed: Random seed for deterministic outputs.
            service_tier: The service tier to use for processing this request.
            session_id: Identifier grouping related requests for observability; takes precedence over the `x-session-id` header.
            stop: Stop sequences (up to 4).
            stream: Enable streaming response (server-sent events). Default: ``False``.
            stream_options: Streaming configuration options.
            temperature: Sampling temperature (0-2).
            tool_choice: Tool choice configuration.
            tools: Available tools for function calling.
            top_logprobs: Number of top log probabilities to return (0-20).
            top_p: Nucleus sampling parameter (0-1).
            trace: Metadata for observability and tracing. The known keys get special handling; other keys are passed through as custom metadata to configured broadcast destinations.
            user: Unique identifier of the end user.

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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            402: Payment Required - Insufficient credits or quota to complete request
            403: Forbidden - Insufficient permissions, or blocked by moderation or a guardrail
            404: Not Found - Resource does not exist
            408: Request Timeout - Operation exceeded time limit
            413: Payload Too Large - Request payload exceeds size limits
            422: Unprocessable Entity - Semantic validation failure
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "ChatResult | AsyncChatStream",
            await self._core.call_async(
                _SEND,
                {
                    "x_open_router_experimental_metadata": x_open_router_experimental_metadata
                },
                {
                    "messages": messages,
                    "model": model,
                    "models": models,
                    "cache_control": cache_control,
                    "debug": debug,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "modalities": modalities,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "provider": provider,
                    "reasoning": reasoning,
                    "response_format": response_format,
                    "seed": seed,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
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


class ChatWithRawResponse:
    """``client.chat.with_raw_response``: the operations of ``Chat``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``send`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Chat(core)
        self.send = raw_response(operations.send)
        self.send_async = raw_response_async(operations.send_async)
