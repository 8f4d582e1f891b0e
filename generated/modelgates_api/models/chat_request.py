from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_service_tier import ChatRequestServiceTier, check_chat_request_service_tier
from ..models.chat_tool_choice_mode import ChatToolChoiceMode, check_chat_tool_choice_mode
from ..models.modality import Modality, check_modality
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
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

    _json_fields_ = (
        "messages",
        "model",
        "models",
        "cache_control",
        "debug",
        "frequency_penalty",
        "image_config",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "metadata",
        "modalities",
        "parallel_tool_calls",
        "plugins",
        "presence_penalty",
        "provider",
        "reasoning",
        "response_format",
        "seed",
        "service_tier",
        "session_id",
        "stop",
        "stream",
        "stream_options",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
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
            messages = []
            _messages = d.pop("messages")
            for _messages_item_data_index, messages_item_data in enumerate(_as_list(_messages)):
                try:
                    messages_item = messages_item_data
                    messages_item = _parse_union(
                        messages_item,
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

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _messages_item_data_index)
                messages.append(messages_item)

            _at_field_ = "model"
            model = d.pop("model", UNSET)

            _at_field_ = "models"
            models = cast(list[str], d.pop("models", UNSET))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "debug"
            _debug = d.pop("debug", UNSET)
            debug: ChatDebugOptions | Unset
            if isinstance(_debug, Unset):
                debug = UNSET
            else:
                debug = ChatDebugOptions.from_dict(_debug)

            _at_field_ = "frequency_penalty"
            frequency_penalty = d.pop("frequency_penalty", UNSET)
            if not isinstance(frequency_penalty, (float, int, _NoneType, Unset)):
                frequency_penalty = _parse_union(
                    frequency_penalty,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "image_config"
            _image_config = d.pop("image_config", UNSET)
            image_config: ChatRequestImageConfig | Unset
            if isinstance(_image_config, Unset):
                image_config = UNSET
            else:
                image_config = ChatRequestImageConfig.from_dict(_image_config)

            _at_field_ = "logit_bias"
            _logit_bias = d.pop("logit_bias", UNSET)
            logit_bias: ChatRequestLogitBias | Unset
            if isinstance(_logit_bias, Unset):
                logit_bias = UNSET
            else:
                logit_bias = ChatRequestLogitBias.from_dict(_logit_bias)

            _at_field_ = "logprobs"
            logprobs = d.pop("logprobs", UNSET)
            if not isinstance(logprobs, (bool, _NoneType, Unset)):
                logprobs = _parse_union(
                    logprobs,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "max_completion_tokens"
            max_completion_tokens = d.pop("max_completion_tokens", UNSET)
            if not isinstance(max_completion_tokens, (int, _NoneType, Unset)):
                max_completion_tokens = _parse_union(
                    max_completion_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "max_tokens"
            max_tokens = d.pop("max_tokens", UNSET)
            if not isinstance(max_tokens, (int, _NoneType, Unset)):
                max_tokens = _parse_union(
                    max_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: ChatRequestMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ChatRequestMetadata.from_dict(_metadata)

            _at_field_ = "modalities"
            _modalities = d.pop("modalities", UNSET)
            modalities: list[Modality] | Unset = UNSET
            if _modalities is not UNSET:
                modalities = []
                for _modalities_item_data_index, modalities_item_data in enumerate(_as_list(_modalities)):
                    try:
                        modalities_item = check_modality(modalities_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _modalities_item_data_index)
                    modalities.append(modalities_item)

            _at_field_ = "parallel_tool_calls"
            parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
            if not isinstance(parallel_tool_calls, (bool, _NoneType, Unset)):
                parallel_tool_calls = _parse_union(
                    parallel_tool_calls,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "plugins"
            _plugins = d.pop("plugins", UNSET)
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
            if _plugins is not UNSET:
                plugins = []
                for _plugins_item_data_index, plugins_item_data in enumerate(_as_list(_plugins)):
                    try:
                        plugins_item = plugins_item_data
                        plugins_item = _parse_union(
                            plugins_item,
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

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _plugins_item_data_index)
                    plugins.append(plugins_item)

            _at_field_ = "presence_penalty"
            presence_penalty = d.pop("presence_penalty", UNSET)
            if not isinstance(presence_penalty, (float, int, _NoneType, Unset)):
                presence_penalty = _parse_union(
                    presence_penalty,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "provider"
            provider = d.pop("provider", UNSET)
            if not isinstance(provider, (_NoneType, Unset)):
                provider = _parse_union(
                    provider,
                    (("ProviderPreferences", ProviderPreferences),),
                    plain=(_NoneType,),
                )

            _at_field_ = "reasoning"
            _reasoning = d.pop("reasoning", UNSET)
            reasoning: Reasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = Reasoning.from_dict(_reasoning)

            _at_field_ = "response_format"
            response_format = d.pop("response_format", UNSET)
            if not isinstance(response_format, (Unset,)):
                response_format = _parse_union(
                    response_format,
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
                )

            _at_field_ = "seed"
            seed = d.pop("seed", UNSET)
            if not isinstance(seed, (int, _NoneType, Unset)):
                seed = _parse_union(
                    seed,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "service_tier"
            service_tier = d.pop("service_tier", UNSET)
            if not isinstance(service_tier, (_NoneType, Unset)):

                def _service_tier_member_0(data: object) -> ChatRequestServiceTier:
                    if not isinstance(data, str):
                        raise TypeError()
                    service_tier_type_0 = check_chat_request_service_tier(data)

                    return service_tier_type_0

                service_tier = _parse_union(
                    service_tier,
                    (("ChatRequestServiceTier", _service_tier_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "session_id"
            session_id = d.pop("session_id", UNSET)

            _at_field_ = "stop"
            stop = d.pop("stop", UNSET)
            if not isinstance(stop, (_NoneType, Unset)):

                def _stop_member_1(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    stop_type_1 = cast(list[str], data)

                    return stop_type_1

                stop = _parse_union(
                    stop,
                    (("list[str]", _stop_member_1),),
                    plain=(str, _NoneType),
                )

            _at_field_ = "stream"
            stream = d.pop("stream", UNSET)

            _at_field_ = "stream_options"
            stream_options = d.pop("stream_options", UNSET)
            if not isinstance(stream_options, (_NoneType, Unset)):
                stream_options = _parse_union(
                    stream_options,
                    (("ChatStreamOptions", ChatStreamOptions),),
                    plain=(_NoneType,),
                )

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)
            if not isinstance(temperature, (float, int, _NoneType, Unset)):
                temperature = _parse_union(
                    temperature,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "tool_choice"
            tool_choice = d.pop("tool_choice", UNSET)
            if not isinstance(tool_choice, (Unset,)):

                def _tool_choice_member_0(data: object) -> ChatToolChoiceMode:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_chat_tool_choice_type_0 = check_chat_tool_choice_mode(data)

                    return componentsschemas_chat_tool_choice_type_0

                tool_choice = _parse_union(
                    tool_choice,
                    (
                        ("ChatToolChoiceMode", _tool_choice_member_0),
                        ("ChatNamedToolChoice", ChatNamedToolChoice),
                    ),
                )

            _at_field_ = "tools"
            _tools = d.pop("tools", UNSET)
            tools: list[ChatFunctionTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                    try:
                        tools_item = ChatFunctionTool.from_dict(tools_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _tools_item_data_index)
                    tools.append(tools_item)

            _at_field_ = "top_logprobs"
            top_logprobs = d.pop("top_logprobs", UNSET)
            if not isinstance(top_logprobs, (int, _NoneType, Unset)):
                top_logprobs = _parse_union(
                    top_logprobs,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "top_p"
            top_p = d.pop("top_p", UNSET)
            if not isinstance(top_p, (float, int, _NoneType, Unset)):
                top_p = _parse_union(
                    top_p,
                    (),
                    plain=(float, int, _NoneType),
                )

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
        chat_request = cls(
            messages=messages,
            model=model,
            models=models,
            cache_control=cache_control,
            debug=debug,
            frequency_penalty=frequency_penalty,
            image_config=image_config,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            metadata=metadata,
            modalities=modalities,
            parallel_tool_calls=parallel_tool_calls,
            plugins=plugins,
            presence_penalty=presence_penalty,
            provider=provider,
            reasoning=reasoning,
            response_format=response_format,
            seed=seed,
            service_tier=service_tier,
            session_id=session_id,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_logprobs=top_logprobs,
            top_p=top_p,
            trace=trace,
            user=user,
        )

        chat_request.additional_properties = unknown_fields(d)
        return chat_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    ChatAssistantMessage = _LazyModel(globals(), "modelgates_api.models.chat_assistant_message", "ChatAssistantMessage")
    ChatDebugOptions = _LazyModel(globals(), "modelgates_api.models.chat_debug_options", "ChatDebugOptions")
    ChatDeveloperMessage = _LazyModel(globals(), "modelgates_api.models.chat_developer_message", "ChatDeveloperMessage")
    ChatFunctionTool = _LazyModel(globals(), "modelgates_api.models.chat_function_tool", "ChatFunctionTool")
    ChatNamedToolChoice = _LazyModel(globals(), "modelgates_api.models.chat_named_tool_choice", "ChatNamedToolChoice")
    ChatRequestImageConfig = _LazyModel(
        globals(), "modelgates_api.models.chat_request_image_config", "ChatRequestImageConfig"
    )
    ChatRequestLogitBias = _LazyModel(
        globals(), "modelgates_api.models.chat_request_logit_bias", "ChatRequestLogitBias"
    )
    ChatRequestMetadata = _LazyModel(globals(), "modelgates_api.models.chat_request_metadata", "ChatRequestMetadata")
    ChatRequestPluginContextCompression = _LazyModel(
        globals(),
        "modelgates_api.models.chat_request_plugin_context_compression",
        "ChatRequestPluginContextCompression",
    )
    ChatRequestPluginFileParser = _LazyModel(
        globals(), "modelgates_api.models.chat_request_plugin_file_parser", "ChatRequestPluginFileParser"
    )
    ChatRequestPluginModeration = _LazyModel(
        globals(), "modelgates_api.models.chat_request_plugin_moderation", "ChatRequestPluginModeration"
    )
    ChatRequestPluginResponseHealing = _LazyModel(
        globals(), "modelgates_api.models.chat_request_plugin_response_healing", "ChatRequestPluginResponseHealing"
    )
    ChatRequestPluginWeb = _LazyModel(
        globals(), "modelgates_api.models.chat_request_plugin_web", "ChatRequestPluginWeb"
    )
    ChatStreamOptions = _LazyModel(globals(), "modelgates_api.models.chat_stream_options", "ChatStreamOptions")
    ChatSystemMessage = _LazyModel(globals(), "modelgates_api.models.chat_system_message", "ChatSystemMessage")
    ChatToolMessage = _LazyModel(globals(), "modelgates_api.models.chat_tool_message", "ChatToolMessage")
    ChatUserMessage = _LazyModel(globals(), "modelgates_api.models.chat_user_message", "ChatUserMessage")
    ProviderPreferences = _LazyModel(globals(), "modelgates_api.models.provider_preferences", "ProviderPreferences")
    Reasoning = _LazyModel(globals(), "modelgates_api.models.reasoning", "Reasoning")
    ResponseFormatJsonObject = _LazyModel(
        globals(), "modelgates_api.models.response_format_json_object", "ResponseFormatJsonObject"
    )
    ResponseFormatJsonSchema = _LazyModel(
        globals(), "modelgates_api.models.response_format_json_schema", "ResponseFormatJsonSchema"
    )
    ResponseFormatText = _LazyModel(globals(), "modelgates_api.models.response_format_text", "ResponseFormatText")
    TraceConfig = _LazyModel(globals(), "modelgates_api.models.trace_config", "TraceConfig")
