"""``client.presets``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.additional_tools_item import AdditionalToolsItem
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.agent_message_item import AgentMessageItem
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from ..models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import (
        ApplyPatchServerToolOpenRouter,
    )
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
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
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.compaction_item import CompactionItem
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.context_compaction_item import ContextCompactionItem
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.create_preset_from_inference_response import (
        CreatePresetFromInferenceResponse,
    )
    from ..models.custom_tool import CustomTool
    from ..models.custom_tool_call_item import CustomToolCallItem
    from ..models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.function_call_item import FunctionCallItem
    from ..models.function_call_output_item import FunctionCallOutputItem
    from ..models.fusion_plugin import FusionPlugin
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.get_preset_response import GetPresetResponse
    from ..models.get_preset_version_response import GetPresetVersionResponse
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.input_message_item import InputMessageItem
    from ..models.inputs_type_1_item_type_7 import InputsType1ItemType7
    from ..models.inputs_type_1_item_type_8 import InputsType1ItemType8
    from ..models.item_reference_item import ItemReferenceItem
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.list_preset_versions_response import ListPresetVersionsResponse
    from ..models.list_presets_response import ListPresetsResponse
    from ..models.local_shell_call_item import LocalShellCallItem
    from ..models.local_shell_call_output_item import LocalShellCallOutputItem
    from ..models.mcp_approval_request_item import McpApprovalRequestItem
    from ..models.mcp_approval_response_item import McpApprovalResponseItem
    from ..models.mcp_call_item import McpCallItem
    from ..models.mcp_list_tools_item import McpListToolsItem
    from ..models.mcp_server_tool import McpServerTool
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
    from ..models.messages_search_models_server_tool import (
        MessagesSearchModelsServerTool,
    )
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_responses_tool_choice_type_3 import (
        OpenAIResponsesToolChoiceType3,
    )
    from ..models.open_ai_responses_tool_choice_type_4 import (
        OpenAIResponsesToolChoiceType4,
    )
    from ..models.open_ai_responses_tool_choice_type_6 import (
        OpenAIResponsesToolChoiceType6,
    )
    from ..models.open_ai_responses_tool_choice_type_7 import (
        OpenAIResponsesToolChoiceType7,
    )
    from ..models.open_router_web_search_server_tool import (
        OpenRouterWebSearchServerTool,
    )
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_server_tool_item import (
        OutputApplyPatchServerToolItem,
    )
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import (
        OutputBrowserUseServerToolItem,
    )
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import (
        OutputCodeInterpreterServerToolItem,
    )
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import (
        OutputFileSearchServerToolItem,
    )
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import (
        OutputImageGenerationServerToolItem,
    )
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_search_models_server_tool_item import (
        OutputSearchModelsServerToolItem,
    )
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import (
        OutputTextEditorServerToolItem,
    )
    from ..models.output_tool_search_server_tool_item import (
        OutputToolSearchServerToolItem,
    )
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import (
        OutputWebSearchServerToolItem,
    )
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning import Reasoning
    from ..models.reasoning_config import ReasoningConfig
    from ..models.reasoning_item import ReasoningItem
    from ..models.request_metadata import RequestMetadata
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.responses_request_tools_item_type_0 import (
        ResponsesRequestToolsItemType0,
    )
    from ..models.search_models_server_tool_open_router import (
        SearchModelsServerToolOpenRouter,
    )
    from ..models.shell_call_item import ShellCallItem
    from ..models.shell_call_output_item import ShellCallOutputItem
    from ..models.shell_server_tool import ShellServerTool
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
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.text_extended_config import TextExtendedConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import (
        WebSearchServerToolOpenRouter,
    )

__all__ = ["Presets", "PresetsWithRawResponse"]

_LIST = Operation(
    name="presets.list",
    http="GET /presets",
    module="api.presets.list_presets",
    fields={"offset": ("query", "offset"), "limit": ("query", "limit")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_presets_response:ListPresetsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET = Operation(
    name="presets.get",
    http="GET /presets/{slug}",
    module="api.presets.get_preset",
    fields={"slug": ("path", "slug")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_preset_response:GetPresetResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE_PRESETS_CHAT_COMPLETIONS = Operation(
    name="presets.create_presets_chat_completions",
    http="POST /presets/{slug}/chat/completions",
    module="api.presets.create_presets_chat_completions",
    fields={
        "slug": ("path", "slug"),
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
    result_class="create_preset_from_inference_response:CreatePresetFromInferenceResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE_PRESETS_MESSAGES = Operation(
    name="presets.create_presets_messages",
    http="POST /presets/{slug}/messages",
    module="api.presets.create_presets_messages",
    fields={
        "slug": ("path", "slug"),
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
    result_class="create_preset_from_inference_response:CreatePresetFromInferenceResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE_PRESETS_RESPONSES = Operation(
    name="presets.create_presets_responses",
    http="POST /presets/{slug}/responses",
    module="api.presets.create_presets_responses",
    fields={
        "slug": ("path", "slug"),
        "background": ("body", "background"),
        "cache_control": ("body", "cache_control"),
        "debug": ("body", "debug"),
        "frequency_penalty": ("body", "frequency_penalty"),
        "image_config": ("body", "image_config"),
        "include": ("body", "include"),
        "input": ("body", "input"),
        "instructions": ("body", "instructions"),
        "max_output_tokens": ("body", "max_output_tokens"),
        "max_tool_calls": ("body", "max_tool_calls"),
        "metadata": ("body", "metadata"),
        "modalities": ("body", "modalities"),
        "model": ("body", "model"),
        "models": ("body", "models"),
        "parallel_tool_calls": ("body", "parallel_tool_calls"),
        "plugins": ("body", "plugins"),
        "presence_penalty": ("body", "presence_penalty"),
        "previous_response_id": ("body", "previous_response_id"),
        "prompt": ("body", "prompt"),
        "prompt_cache_key": ("body", "prompt_cache_key"),
        "prompt_cache_options": ("body", "prompt_cache_options"),
        "provider": ("body", "provider"),
        "reasoning": ("body", "reasoning"),
        "route": ("body", "route"),
        "safety_identifier": ("body", "safety_identifier"),
        "service_tier": ("body", "service_tier"),
        "session_id": ("body", "session_id"),
        "stop_server_tools_when": ("body", "stop_server_tools_when"),
        "store": ("body", "store"),
        "stream": ("body", "stream"),
        "temperature": ("body", "temperature"),
        "text": ("body", "text"),
        "tool_choice": ("body", "tool_choice"),
        "tools": ("body", "tools"),
        "top_k": ("body", "top_k"),
        "top_logprobs": ("body", "top_logprobs"),
        "top_p": ("body", "top_p"),
        "trace": ("body", "trace"),
        "truncation": ("body", "truncation"),
        "user": ("body", "user"),
    },
    body_class="responses_request:ResponsesRequest",
    whole_body=False,
    requires_auth=True,
    result_class="create_preset_from_inference_response:CreatePresetFromInferenceResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_VERSIONS = Operation(
    name="presets.list_versions",
    http="GET /presets/{slug}/versions",
    module="api.presets.list_preset_versions",
    fields={
        "slug": ("path", "slug"),
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_preset_versions_response:ListPresetVersionsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET_VERSION = Operation(
    name="presets.get_version",
    http="GET /presets/{slug}/versions/{version}",
    module="api.presets.get_preset_version",
    fields={"slug": ("path", "slug"), "version": ("path", "version")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_preset_version_response:GetPresetVersionResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Presets:
    """Operations of the ``presets`` group (``client.presets``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> PresetsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return PresetsWithRawResponse(self._core.raw())

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListPresetsResponse:
        """List presets

        Lists all presets for the authenticated user, ordered by most recently updated first.

        ``GET /presets`` (operationId ``listPresets``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListPresetsResponse",
            self._core.call(
                _LIST,
                {"offset": offset, "limit": limit},
                None,
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

    async def list_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListPresetsResponse:
        """List presets

        The async twin of ``list``.

        Lists all presets for the authenticated user, ordered by most recently updated first.

        ``GET /presets`` (operationId ``listPresets``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListPresetsResponse",
            await self._core.call_async(
                _LIST,
                {"offset": offset, "limit": limit},
                None,
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

    def get(
        self,
        *,
        slug: str,
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
    ) -> GetPresetResponse:
        """Get a preset

        Retrieves a preset by its slug with its currently designated version inline.

        ``GET /presets/{slug}`` (operationId ``getPreset``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetPresetResponse",
            self._core.call(
                _GET,
                {"slug": slug},
                None,
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

    async def get_async(
        self,
        *,
        slug: str,
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
    ) -> GetPresetResponse:
        """Get a preset

        The async twin of ``get``.

        Retrieves a preset by its slug with its currently designated version inline.

        ``GET /presets/{slug}`` (operationId ``getPreset``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetPresetResponse",
            await self._core.call_async(
                _GET,
                {"slug": slug},
                None,
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

    def create_presets_chat_completions(
        self,
        *,
        slug: str,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
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
        stream: bool | None = None,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a chat-completions request body

        Creates a preset (or a new version of an existing one) from an inference request body. Only fields that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`, `prompt`) are silently ignored.

        ``POST /presets/{slug}/chat/completions`` (operationId ``createPresetsChatCompletions``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset. Created if it does not exist.
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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreatePresetFromInferenceResponse",
            self._core.call(
                _CREATE_PRESETS_CHAT_COMPLETIONS,
                {"slug": slug},
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

    async def create_presets_chat_completions_async(
        self,
        *,
        slug: str,
        messages: Sequence[
            ChatSystemMessage
            | Mapping[str, Any]
            | ChatDeveloperMessage
            | ChatUserMessage
            | ChatAssistantMessage
            | ChatToolMessage
        ],
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
        stream: bool | None = None,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a chat-completions request body

        The async twin of ``create_presets_chat_completions``.

        Creates a preset (or a new version of an existing one) from an inference request body. Only fields that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`, `prompt`) are silently ignored.

        ``POST /presets/{slug}/chat/completions`` (operationId ``createPresetsChatCompletions``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset. Created if it does not exist.
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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreatePresetFromInferenceResponse",
            await self._core.call_async(
                _CREATE_PRESETS_CHAT_COMPLETIONS,
                {"slug": slug},
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

    def create_presets_messages(
        self,
        *,
        slug: str,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
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
        stream: bool | None = None,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a messages request body

        Creates a preset (or a new version of an existing one) from an inference request body. Only fields that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`, `prompt`) are silently ignored.

        ``POST /presets/{slug}/messages`` (operationId ``createPresetsMessages``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset. Created if it does not exist.
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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreatePresetFromInferenceResponse",
            self._core.call(
                _CREATE_PRESETS_MESSAGES,
                {"slug": slug},
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

    async def create_presets_messages_async(
        self,
        *,
        slug: str,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
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
        stream: bool | None = None,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a messages request body

        The async twin of ``create_presets_messages``.

        Creates a preset (or a new version of an existing one) from an inference request body. Only fields that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`, `prompt`) are silently ignored.

        ``POST /presets/{slug}/messages`` (operationId ``createPresetsMessages``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset. Created if it does not exist.
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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreatePresetFromInferenceResponse",
            await self._core.call_async(
                _CREATE_PRESETS_MESSAGES,
                {"slug": slug},
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

    def create_presets_responses(
        self,
        *,
        slug: str,
        background: bool | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: str | float | Sequence[Any] | None = None,
        include: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "reasoning.encrypted_content",
            ]
            | str
        ]
        | None = None,
        input: str
        | Sequence[
            ReasoningItem
            | Mapping[str, Any]
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsType1ItemType7
            | InputsType1ItemType8
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
        ]
        | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        max_tool_calls: int | None = None,
        metadata: RequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["image", "text"] | str] | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        parallel_tool_calls: bool | None = None,
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
        presence_penalty: float | None = None,
        previous_response_id: Any | None = None,
        prompt: StoredPromptTemplate | Mapping[str, Any] | None = None,
        prompt_cache_key: str | None = None,
        prompt_cache_options: PromptCacheOptions | Mapping[str, Any] | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: ReasoningConfig | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        safety_identifier: str | None = None,
        service_tier: None
        | Literal["auto", "default", "fast", "flex", "priority", "scale"]
        | str = None,
        session_id: str | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        store: bool | None = None,
        stream: bool | None = None,
        temperature: float | None = None,
        text: TextExtendedConfig | Mapping[str, Any] | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | OpenAIResponsesToolChoiceType3
        | Mapping[str, Any]
        | OpenAIResponsesToolChoiceType4
        | ToolChoiceAllowed
        | OpenAIResponsesToolChoiceType6
        | OpenAIResponsesToolChoiceType7
        | None = None,
        tools: Sequence[
            ResponsesRequestToolsItemType0
            | Mapping[str, Any]
            | PreviewWebSearchServerTool
            | Preview20250311WebSearchServerTool
            | LegacyWebSearchServerTool
            | WebSearchServerTool
            | FileSearchServerTool
            | ComputerUseServerTool
            | CodeInterpreterServerTool
            | McpServerTool
            | ImageGenerationServerTool
            | CodexLocalShellTool
            | ShellServerTool
            | ApplyPatchServerTool
            | CustomTool
            | NamespaceTool
            | AdvisorServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | SearchModelsServerToolOpenRouter
            | WebFetchServerTool
            | WebSearchServerToolOpenRouter
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_logprobs: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        truncation: Literal["auto", "disabled"] | str | None = None,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a responses request body

        Creates a preset (or a new version of an existing one) from an inference request body. Only fields that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`, `prompt`) are silently ignored.

        ``POST /presets/{slug}/responses`` (operationId ``createPresetsResponses``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset. Created if it does not exist.
            background: (no description in the spec)
            cache_control: Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for Anthropic Claude models.
            debug: Debug options for inspecting request transformations (streaming only).
            frequency_penalty: (no description in the spec)
            image_config: A provider-specific image configuration value.
            include: (no description in the spec)
            input: Input for a response request - can be a string or array of items
            instructions: (no description in the spec)
            max_output_tokens: (no description in the spec)
            max_tool_calls: Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps the model may take during a request. Defaults to 30, which is also the maximum. Ignored when `stop_server_tools_when` is set.
            metadata: (no description in the spec)
            modalities: Output modalities for the response. Supported values are "text" and "image".
            model: (no description in the spec)
            models: (no description in the spec)
            parallel_tool_calls: (no description in the spec)
            plugins: Plugins you want to enable for this request, including their settings.
            presence_penalty: (no description in the spec)
            previous_response_id: Not supported. The Responses API is stateless: no responses are stored, so a previous response cannot be referenced. Requests with a non-null value are rejected with a 400 error. Send the full conversation history in `input` instead.
            prompt: (no description in the spec)
            prompt_cache_key: (no description in the spec)
            prompt_cache_options: (no description in the spec)
            provider: Provider routing preferences for the request.
            reasoning: (no description in the spec)
            route: (no description in the spec)
            safety_identifier: Recommended per-end-user identifier for abuse isolation. Use a stable ID, hash, or pseudonym. When a provider requires a user identity, OpenRouter folds it into the hashed identity sent upstream and never forwards it raw. If omitted, requests use an account-level identity, so provider policy blocks can affect the whole account.
            service_tier: The service tier to use for processing this request. `fast` is accepted as an alias for `priority`. Default: ``'auto'``.
            session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
            stop_server_tools_when: Stop conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-language answer instead of an unfinished tool call.
            store: (no description in the spec) Default: ``False``.
            stream: (no description in the spec) Default: ``False``.
            temperature: (no description in the spec)
            text: Text output configuration including format and verbosity
            tool_choice: (no description in the spec)
            tools: (no description in the spec)
            top_k: (no description in the spec)
            top_logprobs: (no description in the spec)
            top_p: (no description in the spec)
            trace: Metadata for observability and tracing. The known keys get special handling; other keys are passed through as custom metadata to configured broadcast destinations.
            truncation: (no description in the spec)
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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreatePresetFromInferenceResponse",
            self._core.call(
                _CREATE_PRESETS_RESPONSES,
                {"slug": slug},
                {
                    "background": background,
                    "cache_control": cache_control,
                    "debug": debug,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "include": include,
                    "input": input,
                    "instructions": instructions,
                    "max_output_tokens": max_output_tokens,
                    "max_tool_calls": max_tool_calls,
                    "metadata": metadata,
                    "modalities": modalities,
                    "model": model,
                    "models": models,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "previous_response_id": previous_response_id,
                    "prompt": prompt,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_options": prompt_cache_options,
                    "provider": provider,
                    "reasoning": reasoning,
                    "route": route,
                    "safety_identifier": safety_identifier,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "stop_server_tools_when": stop_server_tools_when,
                    "store": store,
                    "stream": stream,
                    "temperature": temperature,
                    "text": text,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "trace": trace,
                    "truncation": truncation,
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

    async def create_presets_responses_async(
        self,
        *,
        slug: str,
        background: bool | None = None,
        cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None,
        debug: ChatDebugOptions | Mapping[str, Any] | None = None,
        frequency_penalty: float | None = None,
        image_config: str | float | Sequence[Any] | None = None,
        include: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "reasoning.encrypted_content",
            ]
            | str
        ]
        | None = None,
        input: str
        | Sequence[
            ReasoningItem
            | Mapping[str, Any]
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsType1ItemType7
            | InputsType1ItemType8
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
        ]
        | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        max_tool_calls: int | None = None,
        metadata: RequestMetadata | Mapping[str, Any] | None = None,
        modalities: Sequence[Literal["image", "text"] | str] | None = None,
        model: str | None = None,
        models: Sequence[str] | None = None,
        parallel_tool_calls: bool | None = None,
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
        presence_penalty: float | None = None,
        previous_response_id: Any | None = None,
        prompt: StoredPromptTemplate | Mapping[str, Any] | None = None,
        prompt_cache_key: str | None = None,
        prompt_cache_options: PromptCacheOptions | Mapping[str, Any] | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        reasoning: ReasoningConfig | Mapping[str, Any] | None = None,
        route: Literal["fallback", "sort"] | str | None = None,
        safety_identifier: str | None = None,
        service_tier: None
        | Literal["auto", "default", "fast", "flex", "priority", "scale"]
        | str = None,
        session_id: str | None = None,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | Mapping[str, Any]
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
        ]
        | None = None,
        store: bool | None = None,
        stream: bool | None = None,
        temperature: float | None = None,
        text: TextExtendedConfig | Mapping[str, Any] | None = None,
        tool_choice: Literal["auto", "none", "required"]
        | str
        | OpenAIResponsesToolChoiceType3
        | Mapping[str, Any]
        | OpenAIResponsesToolChoiceType4
        | ToolChoiceAllowed
        | OpenAIResponsesToolChoiceType6
        | OpenAIResponsesToolChoiceType7
        | None = None,
        tools: Sequence[
            ResponsesRequestToolsItemType0
            | Mapping[str, Any]
            | PreviewWebSearchServerTool
            | Preview20250311WebSearchServerTool
            | LegacyWebSearchServerTool
            | WebSearchServerTool
            | FileSearchServerTool
            | ComputerUseServerTool
            | CodeInterpreterServerTool
            | McpServerTool
            | ImageGenerationServerTool
            | CodexLocalShellTool
            | ShellServerTool
            | ApplyPatchServerTool
            | CustomTool
            | NamespaceTool
            | AdvisorServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | SearchModelsServerToolOpenRouter
            | WebFetchServerTool
            | WebSearchServerToolOpenRouter
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
        ]
        | None = None,
        top_k: int | None = None,
        top_logprobs: int | None = None,
        top_p: float | None = None,
        trace: TraceConfig | Mapping[str, Any] | None = None,
        truncation: Literal["auto", "disabled"] | str | None = None,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a responses request body

        The async twin of ``create_presets_responses``.

        Creates a preset (or a new version of an existing one) from an inference request body. Only fields that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`, `prompt`) are silently ignored.

        ``POST /presets/{slug}/responses`` (operationId ``createPresetsResponses``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset. Created if it does not exist.
            background: (no description in the spec)
            cache_control: Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for Anthropic Claude models.
            debug: Debug options for inspecting request transformations (streaming only).
            frequency_penalty: (no description in the spec)
            image_config: A provider-specific image configuration value.
            include: (no description in the spec)
            input: Input for a response request - can be a string or array of items
            instructions: (no description in the spec)
            max_output_tokens: (no description in the spec)
            max_tool_calls: Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps the model may take during a request. Defaults to 30, which is also the maximum. Ignored when `stop_server_tools_when` is set.
            metadata: (no description in the spec)
            modalities: Output modalities for the response. Supported values are "text" and "image".
            model: (no description in the spec)
            models: (no description in the spec)
            parallel_tool_calls: (no description in the spec)
            plugins: Plugins you want to enable for this request, including their settings.
            presence_penalty: (no description in the spec)
            previous_response_id: Not supported. The Responses API is stateless: no responses are stored, so a previous response cannot be referenced. Requests with a non-null value are rejected with a 400 error. Send the full conversation history in `input` instead.
            prompt: (no description in the spec)
            prompt_cache_key: (no description in the spec)
            prompt_cache_options: (no description in the spec)
            provider: Provider routing preferences for the request.
            reasoning: (no description in the spec)
            route: (no description in the spec)
            safety_identifier: Recommended per-end-user identifier for abuse isolation. Use a stable ID, hash, or pseudonym. When a provider requires a user identity, OpenRouter folds it into the hashed identity sent upstream and never forwards it raw. If omitted, requests use an account-level identity, so provider policy blocks can affect the whole account.
            service_tier: The service tier to use for processing this request. `fast` is accepted as an alias for `priority`. Default: ``'auto'``.
            session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
            stop_server_tools_when: Stop conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-language answer instead of an unfinished tool call.
            store: (no description in the spec) Default: ``False``.
            stream: (no description in the spec) Default: ``False``.
            temperature: (no description in the spec)
            text: Text output configuration including format and verbosity
            tool_choice: (no description in the spec)
            tools: (no description in the spec)
            top_k: (no description in the spec)
            top_logprobs: (no description in the spec)
            top_p: (no description in the spec)
            trace: Metadata for observability and tracing. The known keys get special handling; other keys are passed through as custom metadata to configured broadcast destinations.
            truncation: (no description in the spec)
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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreatePresetFromInferenceResponse",
            await self._core.call_async(
                _CREATE_PRESETS_RESPONSES,
                {"slug": slug},
                {
                    "background": background,
                    "cache_control": cache_control,
                    "debug": debug,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "include": include,
                    "input": input,
                    "instructions": instructions,
                    "max_output_tokens": max_output_tokens,
                    "max_tool_calls": max_tool_calls,
                    "metadata": metadata,
                    "modalities": modalities,
                    "model": model,
                    "models": models,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "previous_response_id": previous_response_id,
                    "prompt": prompt,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_options": prompt_cache_options,
                    "provider": provider,
                    "reasoning": reasoning,
                    "route": route,
                    "safety_identifier": safety_identifier,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "stop_server_tools_when": stop_server_tools_when,
                    "store": store,
                    "stream": stream,
                    "temperature": temperature,
                    "text": text,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "trace": trace,
                    "truncation": truncation,
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

    def list_versions(
        self,
        *,
        slug: str,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListPresetVersionsResponse:
        """List versions of a preset

        Lists all versions of a preset, ordered by version number ascending (oldest first).

        ``GET /presets/{slug}/versions`` (operationId ``listPresetVersions``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset.
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListPresetVersionsResponse",
            self._core.call(
                _LIST_VERSIONS,
                {"slug": slug, "offset": offset, "limit": limit},
                None,
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

    async def list_versions_async(
        self,
        *,
        slug: str,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListPresetVersionsResponse:
        """List versions of a preset

        The async twin of ``list_versions``.

        Lists all versions of a preset, ordered by version number ascending (oldest first).

        ``GET /presets/{slug}/versions`` (operationId ``listPresetVersions``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset.
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListPresetVersionsResponse",
            await self._core.call_async(
                _LIST_VERSIONS,
                {"slug": slug, "offset": offset, "limit": limit},
                None,
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

    def get_version(
        self,
        *,
        slug: str,
        version: str,
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
    ) -> GetPresetVersionResponse:
        """Get a specific version of a preset

        Retrieves a specific version of a preset by its slug and version number.

        ``GET /presets/{slug}/versions/{version}`` (operationId ``getPresetVersion``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset.
            version (path parameter ``version``): Version number of the preset.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetPresetVersionResponse",
            self._core.call(
                _GET_VERSION,
                {"slug": slug, "version": version},
                None,
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

    async def get_version_async(
        self,
        *,
        slug: str,
        version: str,
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
    ) -> GetPresetVersionResponse:
        """Get a specific version of a preset

        The async twin of ``get_version``.

        Retrieves a specific version of a preset by its slug and version number.

        ``GET /presets/{slug}/versions/{version}`` (operationId ``getPresetVersion``).

        Args:
            slug (path parameter ``slug``): URL-safe slug identifying the preset.
            version (path parameter ``version``): Version number of the preset.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetPresetVersionResponse",
            await self._core.call_async(
                _GET_VERSION,
                {"slug": slug, "version": version},
                None,
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


class PresetsWithRawResponse:
    """``client.presets.with_raw_response``: the operations of ``Presets``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list``, ``get``, ``create_presets_chat_completions``, ``create_presets_messages``, ``create_presets_responses``, ``list_versions``, ``get_version`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Presets(core)
        self.list = raw_response(operations.list)
        self.list_async = raw_response_async(operations.list_async)
        self.get = raw_response(operations.get)
        self.get_async = raw_response_async(operations.get_async)
        self.create_presets_chat_completions = raw_response(
            operations.create_presets_chat_completions
        )
        self.create_presets_chat_completions_async = raw_response_async(
            operations.create_presets_chat_completions_async
        )
        self.create_presets_messages = raw_response(operations.create_presets_messages)
        self.create_presets_messages_async = raw_response_async(
            operations.create_presets_messages_async
        )
        self.create_presets_responses = raw_response(
            operations.create_presets_responses
        )
        self.create_presets_responses_async = raw_response_async(
            operations.create_presets_responses_async
        )
        self.list_versions = raw_response(operations.list_versions)
        self.list_versions_async = raw_response_async(operations.list_versions_async)
        self.get_version = raw_response(operations.get_version)
        self.get_version_async = raw_response_async(operations.get_version_async)
