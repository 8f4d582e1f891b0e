"""``client.responses``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.additional_tools_item import AdditionalToolsItem
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.agent_message_item import AgentMessageItem
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import (
        ApplyPatchServerToolOpenRouter,
    )
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.compaction_item import CompactionItem
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.context_compaction_item import ContextCompactionItem
    from ..models.context_compression_plugin import ContextCompressionPlugin
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
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.input_message_item import InputMessageItem
    from ..models.inputs_type_1_item_type_7 import InputsType1ItemType7
    from ..models.inputs_type_1_item_type_8 import InputsType1ItemType8
    from ..models.item_reference_item import ItemReferenceItem
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.local_shell_call_item import LocalShellCallItem
    from ..models.local_shell_call_output_item import LocalShellCallOutputItem
    from ..models.mcp_approval_request_item import McpApprovalRequestItem
    from ..models.mcp_approval_response_item import McpApprovalResponseItem
    from ..models.mcp_call_item import McpCallItem
    from ..models.mcp_list_tools_item import McpListToolsItem
    from ..models.mcp_server_tool import McpServerTool
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
    from ..models.open_responses_result import OpenResponsesResult
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
    from ..models.reasoning_config import ReasoningConfig
    from ..models.reasoning_item import ReasoningItem
    from ..models.request_metadata import RequestMetadata
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.responses_request_tools_item_type_0 import (
        ResponsesRequestToolsItemType0,
    )
    from ..models.responses_streaming_response import ResponsesStreamingResponse
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

__all__ = ["Responses", "ResponsesWithRawResponse"]

_SEND = Operation(
    name="responses.send",
    http="POST /responses",
    module="api.responses.create_responses",
    fields={
        "x_open_router_metadata": ("header", "X-OpenRouter-Metadata"),
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
    result_class="open_responses_result:OpenResponsesResult",
    authorization_param=False,
    result="json",
    events_class="responses_streaming_response:ResponsesStreamingResponse",
    events_envelope=True,
    stream_field="stream",
)


class Responses:
    """Operations of the ``responses`` group (``client.responses``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ResponsesWithRawResponse(self._core.raw())

    @overload
    def send(
        self,
        *,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> OpenResponsesResult: ...

    @overload
    def send(
        self,
        *,
        stream: Literal[True],
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> EventStream[ResponsesStreamingResponse]: ...

    @overload
    def send(
        self,
        *,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> OpenResponsesResult | EventStream[ResponsesStreamingResponse]: ...

    def send(
        self,
        *,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> OpenResponsesResult | EventStream[ResponsesStreamingResponse]:
        """Create a response

        Creates a streaming or non-streaming response using OpenResponses API format

        ``POST /responses`` (operationId ``createResponses``).

        Args:
            x_open_router_metadata (header parameter ``X-OpenRouter-Metadata``): Opt-in to surface routing metadata on the response under `openrouter_metadata`. Defaults to `disabled`. The legacy header `X-OpenRouter-Experimental-Metadata` is also accepted for backward compatibility.
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
            402: Payment Required - Insufficient credits or quota to complete request
            403: Forbidden - Authentication successful but insufficient permissions, or a guardrail blocked the request. When guardrails block and the `X-OpenRouter-Metadata: enabled` header is present, the response includes `openrouter_metadata` with full routing context and a `pipeline` array containing guardrail stage details.
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
            "OpenResponsesResult | EventStream[ResponsesStreamingResponse]",
            self._core.call(
                _SEND,
                {"x_open_router_metadata": x_open_router_metadata},
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

    @overload
    async def send_async(
        self,
        *,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> OpenResponsesResult: ...

    @overload
    async def send_async(
        self,
        *,
        stream: Literal[True],
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> AsyncEventStream[ResponsesStreamingResponse]: ...

    @overload
    async def send_async(
        self,
        *,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> OpenResponsesResult | AsyncEventStream[ResponsesStreamingResponse]: ...

    async def send_async(
        self,
        *,
        x_open_router_metadata: Literal["disabled", "enabled"] | str | None = None,
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
    ) -> OpenResponsesResult | AsyncEventStream[ResponsesStreamingResponse]:
        """Create a response

        The async twin of ``send``.

        Creates a streaming or non-streaming response using OpenResponses API format

        ``POST /responses`` (operationId ``createResponses``).

        Args:
            x_open_router_metadata (header parameter ``X-OpenRouter-Metadata``): Opt-in to surface routing metadata on the response under `openrouter_metadata`. Defaults to `disabled`. The legacy header `X-OpenRouter-Experimental-Metadata` is also accepted for backward compatibility.
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
            402: Payment Required - Insufficient credits or quota to complete request
            403: Forbidden - Authentication successful but insufficient permissions, or a guardrail blocked the request. When guardrails block and the `X-OpenRouter-Metadata: enabled` header is present, the response includes `openrouter_metadata` with full routing context and a `pipeline` array containing guardrail stage details.
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
            "OpenResponsesResult | AsyncEventStream[ResponsesStreamingResponse]",
            await self._core.call_async(
                _SEND,
                {"x_open_router_metadata": x_open_router_metadata},
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


class ResponsesWithRawResponse:
    """``client.responses.with_raw_response``: the operations of ``Responses``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``send`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Responses(core)
        self.send = raw_response(operations.send)
        self.send_async = raw_response_async(operations.send_async)
