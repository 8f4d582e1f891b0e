from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_request_service_tier import ChatRequestServiceTier, check_chat_request_service_tier
from ..models.chat_tool_choice_mode import ChatToolChoiceMode, check_chat_tool_choice_mode
from ..models.modality import Modality, check_modality
from ..types import (
    CLOSED,
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
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_function_tool import ChatFunctionTool
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_request_image_config import ChatRequestImageConfig
    from ..models.chat_request_logit_bias import ChatRequestLogitBias
    from ..models.chat_request_metadata import ChatRequestMetadata
    from ..models.chat_request_plugin_context_compression import ChatRequestPluginContextCompression
    from ..models.chat_request_plugin_file_parser import ChatRequestPluginFileParser
    from ..models.chat_request_plugin_moderation import ChatRequestPluginModeration
    from ..models.chat_request_plugin_response_healing import ChatRequestPluginResponseHealing
    from ..models.chat_request_plugin_web import ChatRequestPluginWeb
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
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    ChatAssistantMessage = _LazyModel(globals(), "chat_assistant_message", "ChatAssistantMessage")
    ChatDebugOptions = _LazyModel(globals(), "chat_debug_options", "ChatDebugOptions")
    ChatDeveloperMessage = _LazyModel(globals(), "chat_developer_message", "ChatDeveloperMessage")
    ChatFunctionTool = _LazyModel(globals(), "chat_function_tool", "ChatFunctionTool")
    ChatNamedToolChoice = _LazyModel(globals(), "chat_named_tool_choice", "ChatNamedToolChoice")
    ChatRequestImageConfig = _LazyModel(globals(), "chat_request_image_config", "ChatRequestImageConfig")
    ChatRequestLogitBias = _LazyModel(globals(), "chat_request_logit_bias", "ChatRequestLogitBias")
    ChatRequestMetadata = _LazyModel(globals(), "chat_request_metadata", "ChatRequestMetadata")
    ChatRequestPluginContextCompression = _LazyModel(
        globals(), "chat_request_plugin_context_compression", "ChatRequestPluginContextCompression"
    )
    ChatRequestPluginFileParser = _LazyModel(
        globals(), "chat_request_plugin_file_parser", "ChatRequestPluginFileParser"
    )
    ChatRequestPluginModeration = _LazyModel(globals(), "chat_request_plugin_moderation", "ChatRequestPluginModeration")
    ChatRequestPluginResponseHealing = _LazyModel(
        globals(), "chat_request_plugin_response_healing", "ChatRequestPluginResponseHealing"
    )
    ChatRequestPluginWeb = _LazyModel(globals(), "chat_request_plugin_web", "ChatRequestPluginWeb")
    ChatStreamOptions = _LazyModel(globals(), "chat_stream_options", "ChatStreamOptions")
    ChatSystemMessage = _LazyModel(globals(), "chat_system_message", "ChatSystemMessage")
    ChatToolMessage = _LazyModel(globals(), "chat_tool_message", "ChatToolMessage")
    ChatUserMessage = _LazyModel(globals(), "chat_user_message", "ChatUserMessage")
    ProviderPreferences = _LazyModel(globals(), "provider_preferences", "ProviderPreferences")
    Reasoning = _LazyModel(globals(), "reasoning", "Reasoning")
    ResponseFormatJsonObject = _LazyModel(globals(), "response_format_json_object", "ResponseFormatJsonObject")
    ResponseFormatJsonSchema = _LazyModel(globals(), "response_format_json_schema", "ResponseFormatJsonSchema")
    ResponseFormatText = _LazyModel(globals(), "response_format_text", "ResponseFormatText")
    TraceConfig = _LazyModel(globals(), "trace_config", "TraceConfig")


@_attrs_define(repr=False, eq=False)
class ChatRequest(_ModelBase):
    """Chat completion request.

    Attributes:
        messages (list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage |
            ChatUserMessage]): List of messages for the conversation.
        model (str | Unset): Model to use for completion, e.g. `openai/gpt-4o`. Defaults to the account's default model.
        models (list[str] | Unset): Models to use for completion, tried in order as fallbacks.
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
        debug (ChatDebugOptions | Unset): Debug options for inspecting request transformations (streaming only).
        frequency_penalty (float | None | Unset): Frequency penalty (-2.0 to 2.0).
        image_config (ChatRequestImageConfig | Unset): Provider-specific image configuration options, e.g.
            `{"aspect_ratio": "16:9"}`.
        logit_bias (ChatRequestLogitBias | Unset): Token logit bias adjustments, keyed by token id.
        logprobs (bool | None | Unset): Return log probabilities.
        max_completion_tokens (int | None | Unset): Maximum tokens in the completion.
        max_tokens (int | None | Unset): Maximum tokens (deprecated, use max_completion_tokens). Some providers enforce
            a minimum of 16.
        metadata (ChatRequestMetadata | Unset): Key-value pairs for additional information (at most 16 pairs,
            64-character keys, 512-character values).
        modalities (list[Modality] | Unset): Output modalities for the response.
        parallel_tool_calls (bool | None | Unset): Whether the model may make several tool calls in one response.
        plugins (list[ChatRequestPluginContextCompression | ChatRequestPluginFileParser | ChatRequestPluginModeration |
            ChatRequestPluginResponseHealing | ChatRequestPluginWeb] | Unset): Plugins to enable for this request, with
            their settings.
        presence_penalty (float | None | Unset): Presence penalty (-2.0 to 2.0).
        provider (None | ProviderPreferences | Unset): Provider routing preferences.
        reasoning (Reasoning | Unset): Configuration options for reasoning models.
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset): Response
            format configuration, discriminated by `type`.
        seed (int | None | Unset): Random seed for deterministic outputs.
        service_tier (ChatRequestServiceTier | None | Unset): The service tier to use for processing this request.
        session_id (str | Unset): Identifier grouping related requests for observability; takes precedence over the
            `x-session-id` header.
        stop (list[str] | None | str | Unset): Stop sequences (up to 4).
        stream (bool | Unset): Enable streaming response (server-sent events). Default: False.
        stream_options (ChatStreamOptions | None | Unset): Streaming configuration options.
        temperature (float | None | Unset): Sampling temperature (0-2).
        tool_choice (ChatNamedToolChoice | ChatToolChoiceMode | Unset): Tool choice configuration.
        tools (list[ChatFunctionTool] | Unset): Available tools for function calling.
        top_logprobs (int | None | Unset): Number of top log probabilities to return (0-20).
        top_p (float | None | Unset): Nucleus sampling parameter (0-1).
        trace (TraceConfig | Unset): Metadata for observability and tracing. The known keys get special handling; other
            keys are passed through as custom metadata to configured broadcast destinations.
        user (str | Unset): Unique identifier of the end user.
    """

    messages: list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage]
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    debug: ChatDebugOptions | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    image_config: ChatRequestImageConfig | Unset = UNSET
    logit_bias: ChatRequestLogitBias | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    metadata: ChatRequestMetadata | Unset = UNSET
    modalities: list[Modality] | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    plugins: (
        list[
            ChatRequestPluginContextCompression
            | ChatRequestPluginFileParser
            | ChatRequestPluginModeration
            | ChatRequestPluginResponseHealing
            | ChatRequestPluginWeb
        ]
        | Unset
    ) = UNSET
    presence_penalty: float | None | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    reasoning: Reasoning | Unset = UNSET
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset = UNSET
    seed: int | None | Unset = UNSET
    service_tier: ChatRequestServiceTier | None | Unset = UNSET
    session_id: str | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    stream: bool | Unset = False
    stream_options: ChatStreamOptions | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    tool_choice: ChatNamedToolChoice | ChatToolChoiceMode | Unset = UNSET
    tools: list[ChatFunctionTool] | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "messages",
            _list_field(
                _union_field(
                    (
                        ("ChatSystemMessage", ChatSystemMessage),
                        ("ChatDeveloperMessage", ChatDeveloperMessage),
                        ("ChatUserMessage", ChatUserMessage),
                        ("ChatAssistantMessage", ChatAssistantMessage),
                        ("ChatToolMessage", ChatToolMessage),
                    ),
                    tag=(
                        "role",
                        (
                            "system",
                            "developer",
                            "user",
                            "assistant",
                            "tool",
                        ),
                    ),
                )
            ),
        ),
    )
    _optional_ = (
        "model",
        "models",
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        ("debug", _model_field(ChatDebugOptions)),
        (
            "frequency_penalty",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        ("image_config", _model_field(ChatRequestImageConfig)),
        ("logit_bias", _model_field(ChatRequestLogitBias)),
        (
            "logprobs",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        (
            "max_completion_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "max_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        ("metadata", _model_field(ChatRequestMetadata)),
        ("modalities", _list_field(check_modality)),
        (
            "parallel_tool_calls",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        (
            "plugins",
            _list_field(
                _union_field(
                    (
                        ("ChatRequestPluginWeb", ChatRequestPluginWeb),
                        ("ChatRequestPluginFileParser", ChatRequestPluginFileParser),
                        ("ChatRequestPluginResponseHealing", ChatRequestPluginResponseHealing),
                        ("ChatRequestPluginModeration", ChatRequestPluginModeration),
                        ("ChatRequestPluginContextCompression", ChatRequestPluginContextCompression),
                    ),
                    tag=(
                        "id",
                        (
                            "web",
                            "file-parser",
                            "response-healing",
                            "moderation",
                            "context-compression",
                        ),
                    ),
                )
            ),
        ),
        (
            "presence_penalty",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "provider",
            _union_field((("ProviderPreferences", ProviderPreferences),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("reasoning", _model_field(Reasoning)),
        (
            "response_format",
            _union_field(
                (
                    ("ResponseFormatText", ResponseFormatText),
                    ("ResponseFormatJsonObject", ResponseFormatJsonObject),
                    ("ResponseFormatJsonSchema", ResponseFormatJsonSchema),
                ),
                tag=(
                    "type",
                    (
                        "text",
                        "json_object",
                        "json_schema",
                    ),
                ),
            ),
        ),
        (
            "seed",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "service_tier",
            _union_field(
                (("ChatRequestServiceTier", _guarded((str,), check_chat_request_service_tier)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "session_id",
        (
            "stop",
            _union_field(
                (("list[str]", _guarded((list,))),),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(_NoneType,),
            ),
        ),
        "stream",
        (
            "stream_options",
            _union_field((("ChatStreamOptions", ChatStreamOptions),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "temperature",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "tool_choice",
            _union_field(
                (
                    ("ChatToolChoiceMode", _guarded((str,), check_chat_tool_choice_mode)),
                    ("ChatNamedToolChoice", ChatNamedToolChoice),
                )
            ),
        ),
        ("tools", _list_field(_model_field(ChatFunctionTool))),
        (
            "top_logprobs",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "top_p",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        ("trace", _model_field(TraceConfig)),
        "user",
    )
    _extras_ = CLOSED
