from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.deprecated_route import DeprecatedRoute, check_deprecated_route
from ..models.open_ai_responses_tool_choice_type_0 import (
    OpenAIResponsesToolChoiceType0,
    check_open_ai_responses_tool_choice_type_0,
)
from ..models.open_ai_responses_tool_choice_type_1 import (
    OpenAIResponsesToolChoiceType1,
    check_open_ai_responses_tool_choice_type_1,
)
from ..models.open_ai_responses_tool_choice_type_2 import (
    OpenAIResponsesToolChoiceType2,
    check_open_ai_responses_tool_choice_type_2,
)
from ..models.open_ai_responses_truncation import OpenAIResponsesTruncation, check_open_ai_responses_truncation
from ..models.output_modality_enum import OutputModalityEnum, check_output_modality_enum
from ..models.response_includes_enum import ResponseIncludesEnum, check_response_includes_enum
from ..models.responses_request_service_tier_type_1 import (
    ResponsesRequestServiceTierType1,
    check_responses_request_service_tier_type_1,
)
from ..models.responses_request_service_tier_type_2_type_1 import (
    ResponsesRequestServiceTierType2Type1,
    check_responses_request_service_tier_type_2_type_1,
)
from ..models.responses_request_service_tier_type_3_type_1 import (
    ResponsesRequestServiceTierType3Type1,
    check_responses_request_service_tier_type_3_type_1,
)
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
    from ..models.additional_tools_item import AdditionalToolsItem
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.agent_message_item import AgentMessageItem
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
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
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
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
    from ..models.open_ai_responses_tool_choice_type_3 import OpenAIResponsesToolChoiceType3
    from ..models.open_ai_responses_tool_choice_type_4 import OpenAIResponsesToolChoiceType4
    from ..models.open_ai_responses_tool_choice_type_6 import OpenAIResponsesToolChoiceType6
    from ..models.open_ai_responses_tool_choice_type_7 import OpenAIResponsesToolChoiceType7
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import OutputBrowserUseServerToolItem
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import OutputCodeInterpreterServerToolItem
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import OutputFileSearchServerToolItem
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import OutputImageGenerationServerToolItem
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from ..models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import OutputWebSearchServerToolItem
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_config import ReasoningConfig
    from ..models.reasoning_item import ReasoningItem
    from ..models.request_metadata import RequestMetadata
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.responses_request_tools_item_type_0 import ResponsesRequestToolsItemType0
    from ..models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
    from ..models.shell_call_item import ShellCallItem
    from ..models.shell_call_output_item import ShellCallOutputItem
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
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
    from ..models.web_search_server_tool_open_router import WebSearchServerToolOpenRouter
else:
    AdditionalToolsItem = _LazyModel(globals(), "additional_tools_item", "AdditionalToolsItem")
    AdvisorServerToolOpenRouter = _LazyModel(
        globals(), "advisor_server_tool_open_router", "AdvisorServerToolOpenRouter"
    )
    AgentMessageItem = _LazyModel(globals(), "agent_message_item", "AgentMessageItem")
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    ApplyPatchCallItem = _LazyModel(globals(), "apply_patch_call_item", "ApplyPatchCallItem")
    ApplyPatchCallOutputItem = _LazyModel(globals(), "apply_patch_call_output_item", "ApplyPatchCallOutputItem")
    ApplyPatchServerTool = _LazyModel(globals(), "apply_patch_server_tool", "ApplyPatchServerTool")
    ApplyPatchServerToolOpenRouter = _LazyModel(
        globals(), "apply_patch_server_tool_open_router", "ApplyPatchServerToolOpenRouter"
    )
    AutoBetaRouterPlugin = _LazyModel(globals(), "auto_beta_router_plugin", "AutoBetaRouterPlugin")
    AutoRouterPlugin = _LazyModel(globals(), "auto_router_plugin", "AutoRouterPlugin")
    BashServerTool = _LazyModel(globals(), "bash_server_tool", "BashServerTool")
    ChatDebugOptions = _LazyModel(globals(), "chat_debug_options", "ChatDebugOptions")
    CodeInterpreterServerTool = _LazyModel(globals(), "code_interpreter_server_tool", "CodeInterpreterServerTool")
    CodexLocalShellTool = _LazyModel(globals(), "codex_local_shell_tool", "CodexLocalShellTool")
    CompactionItem = _LazyModel(globals(), "compaction_item", "CompactionItem")
    ComputerUseServerTool = _LazyModel(globals(), "computer_use_server_tool", "ComputerUseServerTool")
    ContextCompactionItem = _LazyModel(globals(), "context_compaction_item", "ContextCompactionItem")
    ContextCompressionPlugin = _LazyModel(globals(), "context_compression_plugin", "ContextCompressionPlugin")
    CustomTool = _LazyModel(globals(), "custom_tool", "CustomTool")
    CustomToolCallItem = _LazyModel(globals(), "custom_tool_call_item", "CustomToolCallItem")
    CustomToolCallOutputItem = _LazyModel(globals(), "custom_tool_call_output_item", "CustomToolCallOutputItem")
    DatetimeServerTool = _LazyModel(globals(), "datetime_server_tool", "DatetimeServerTool")
    EasyInputMessage = _LazyModel(globals(), "easy_input_message", "EasyInputMessage")
    FileParserPlugin = _LazyModel(globals(), "file_parser_plugin", "FileParserPlugin")
    FileSearchServerTool = _LazyModel(globals(), "file_search_server_tool", "FileSearchServerTool")
    FilesServerTool = _LazyModel(globals(), "files_server_tool", "FilesServerTool")
    FunctionCallItem = _LazyModel(globals(), "function_call_item", "FunctionCallItem")
    FunctionCallOutputItem = _LazyModel(globals(), "function_call_output_item", "FunctionCallOutputItem")
    FusionPlugin = _LazyModel(globals(), "fusion_plugin", "FusionPlugin")
    FusionServerToolOpenRouter = _LazyModel(globals(), "fusion_server_tool_open_router", "FusionServerToolOpenRouter")
    ImageGenerationServerTool = _LazyModel(globals(), "image_generation_server_tool", "ImageGenerationServerTool")
    ImageGenerationServerToolOpenRouter = _LazyModel(
        globals(), "image_generation_server_tool_open_router", "ImageGenerationServerToolOpenRouter"
    )
    InputMessageItem = _LazyModel(globals(), "input_message_item", "InputMessageItem")
    InputsType1ItemType7 = _LazyModel(globals(), "inputs_type_1_item_type_7", "InputsType1ItemType7")
    InputsType1ItemType8 = _LazyModel(globals(), "inputs_type_1_item_type_8", "InputsType1ItemType8")
    ItemReferenceItem = _LazyModel(globals(), "item_reference_item", "ItemReferenceItem")
    LegacyWebSearchServerTool = _LazyModel(globals(), "legacy_web_search_server_tool", "LegacyWebSearchServerTool")
    LocalShellCallItem = _LazyModel(globals(), "local_shell_call_item", "LocalShellCallItem")
    LocalShellCallOutputItem = _LazyModel(globals(), "local_shell_call_output_item", "LocalShellCallOutputItem")
    McpApprovalRequestItem = _LazyModel(globals(), "mcp_approval_request_item", "McpApprovalRequestItem")
    McpApprovalResponseItem = _LazyModel(globals(), "mcp_approval_response_item", "McpApprovalResponseItem")
    McpCallItem = _LazyModel(globals(), "mcp_call_item", "McpCallItem")
    McpListToolsItem = _LazyModel(globals(), "mcp_list_tools_item", "McpListToolsItem")
    McpServerTool = _LazyModel(globals(), "mcp_server_tool", "McpServerTool")
    ModerationPlugin = _LazyModel(globals(), "moderation_plugin", "ModerationPlugin")
    NamespaceTool = _LazyModel(globals(), "namespace_tool", "NamespaceTool")
    OpenAIResponsesToolChoiceType3 = _LazyModel(
        globals(), "open_ai_responses_tool_choice_type_3", "OpenAIResponsesToolChoiceType3"
    )
    OpenAIResponsesToolChoiceType4 = _LazyModel(
        globals(), "open_ai_responses_tool_choice_type_4", "OpenAIResponsesToolChoiceType4"
    )
    OpenAIResponsesToolChoiceType6 = _LazyModel(
        globals(), "open_ai_responses_tool_choice_type_6", "OpenAIResponsesToolChoiceType6"
    )
    OpenAIResponsesToolChoiceType7 = _LazyModel(
        globals(), "open_ai_responses_tool_choice_type_7", "OpenAIResponsesToolChoiceType7"
    )
    OutputAdvisorServerToolItem = _LazyModel(
        globals(), "output_advisor_server_tool_item", "OutputAdvisorServerToolItem"
    )
    OutputApplyPatchServerToolItem = _LazyModel(
        globals(), "output_apply_patch_server_tool_item", "OutputApplyPatchServerToolItem"
    )
    OutputBashServerToolItem = _LazyModel(globals(), "output_bash_server_tool_item", "OutputBashServerToolItem")
    OutputBrowserUseServerToolItem = _LazyModel(
        globals(), "output_browser_use_server_tool_item", "OutputBrowserUseServerToolItem"
    )
    OutputCodeInterpreterCallItem = _LazyModel(
        globals(), "output_code_interpreter_call_item", "OutputCodeInterpreterCallItem"
    )
    OutputCodeInterpreterServerToolItem = _LazyModel(
        globals(), "output_code_interpreter_server_tool_item", "OutputCodeInterpreterServerToolItem"
    )
    OutputComputerCallItem = _LazyModel(globals(), "output_computer_call_item", "OutputComputerCallItem")
    OutputCustomToolCallItem = _LazyModel(globals(), "output_custom_tool_call_item", "OutputCustomToolCallItem")
    OutputDatetimeItem = _LazyModel(globals(), "output_datetime_item", "OutputDatetimeItem")
    OutputFileSearchCallItem = _LazyModel(globals(), "output_file_search_call_item", "OutputFileSearchCallItem")
    OutputFileSearchServerToolItem = _LazyModel(
        globals(), "output_file_search_server_tool_item", "OutputFileSearchServerToolItem"
    )
    OutputFilesServerToolItem = _LazyModel(globals(), "output_files_server_tool_item", "OutputFilesServerToolItem")
    OutputFunctionCallItem = _LazyModel(globals(), "output_function_call_item", "OutputFunctionCallItem")
    OutputFusionServerToolItem = _LazyModel(globals(), "output_fusion_server_tool_item", "OutputFusionServerToolItem")
    OutputImageGenerationCallItem = _LazyModel(
        globals(), "output_image_generation_call_item", "OutputImageGenerationCallItem"
    )
    OutputImageGenerationServerToolItem = _LazyModel(
        globals(), "output_image_generation_server_tool_item", "OutputImageGenerationServerToolItem"
    )
    OutputMcpServerToolItem = _LazyModel(globals(), "output_mcp_server_tool_item", "OutputMcpServerToolItem")
    OutputMemoryServerToolItem = _LazyModel(globals(), "output_memory_server_tool_item", "OutputMemoryServerToolItem")
    OutputSearchModelsServerToolItem = _LazyModel(
        globals(), "output_search_models_server_tool_item", "OutputSearchModelsServerToolItem"
    )
    OutputShellServerToolItem = _LazyModel(globals(), "output_shell_server_tool_item", "OutputShellServerToolItem")
    OutputSubagentServerToolItem = _LazyModel(
        globals(), "output_subagent_server_tool_item", "OutputSubagentServerToolItem"
    )
    OutputTextEditorServerToolItem = _LazyModel(
        globals(), "output_text_editor_server_tool_item", "OutputTextEditorServerToolItem"
    )
    OutputToolSearchServerToolItem = _LazyModel(
        globals(), "output_tool_search_server_tool_item", "OutputToolSearchServerToolItem"
    )
    OutputWebFetchServerToolItem = _LazyModel(
        globals(), "output_web_fetch_server_tool_item", "OutputWebFetchServerToolItem"
    )
    OutputWebSearchCallItem = _LazyModel(globals(), "output_web_search_call_item", "OutputWebSearchCallItem")
    OutputWebSearchServerToolItem = _LazyModel(
        globals(), "output_web_search_server_tool_item", "OutputWebSearchServerToolItem"
    )
    ParetoRouterPlugin = _LazyModel(globals(), "pareto_router_plugin", "ParetoRouterPlugin")
    Preview20250311WebSearchServerTool = _LazyModel(
        globals(), "preview_20250311_web_search_server_tool", "Preview20250311WebSearchServerTool"
    )
    PreviewWebSearchServerTool = _LazyModel(globals(), "preview_web_search_server_tool", "PreviewWebSearchServerTool")
    PromptCacheOptions = _LazyModel(globals(), "prompt_cache_options", "PromptCacheOptions")
    ProviderPreferences = _LazyModel(globals(), "provider_preferences", "ProviderPreferences")
    ReasoningConfig = _LazyModel(globals(), "reasoning_config", "ReasoningConfig")
    ReasoningItem = _LazyModel(globals(), "reasoning_item", "ReasoningItem")
    RequestMetadata = _LazyModel(globals(), "request_metadata", "RequestMetadata")
    ResponseHealingPlugin = _LazyModel(globals(), "response_healing_plugin", "ResponseHealingPlugin")
    ResponsesRequestToolsItemType0 = _LazyModel(
        globals(), "responses_request_tools_item_type_0", "ResponsesRequestToolsItemType0"
    )
    SearchModelsServerToolOpenRouter = _LazyModel(
        globals(), "search_models_server_tool_open_router", "SearchModelsServerToolOpenRouter"
    )
    ShellCallItem = _LazyModel(globals(), "shell_call_item", "ShellCallItem")
    ShellCallOutputItem = _LazyModel(globals(), "shell_call_output_item", "ShellCallOutputItem")
    ShellServerTool = _LazyModel(globals(), "shell_server_tool", "ShellServerTool")
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
    StoredPromptTemplate = _LazyModel(globals(), "stored_prompt_template", "StoredPromptTemplate")
    SubagentServerToolOpenRouter = _LazyModel(
        globals(), "subagent_server_tool_open_router", "SubagentServerToolOpenRouter"
    )
    TextExtendedConfig = _LazyModel(globals(), "text_extended_config", "TextExtendedConfig")
    ToolChoiceAllowed = _LazyModel(globals(), "tool_choice_allowed", "ToolChoiceAllowed")
    ToolSearchServerTool = _LazyModel(globals(), "tool_search_server_tool", "ToolSearchServerTool")
    TraceConfig = _LazyModel(globals(), "trace_config", "TraceConfig")
    WebFetchPlugin = _LazyModel(globals(), "web_fetch_plugin", "WebFetchPlugin")
    WebFetchServerTool = _LazyModel(globals(), "web_fetch_server_tool", "WebFetchServerTool")
    WebSearchPlugin = _LazyModel(globals(), "web_search_plugin", "WebSearchPlugin")
    WebSearchServerTool = _LazyModel(globals(), "web_search_server_tool", "WebSearchServerTool")
    WebSearchServerToolOpenRouter = _LazyModel(
        globals(), "web_search_server_tool_open_router", "WebSearchServerToolOpenRouter"
    )


@_attrs_define(repr=False, eq=False)
class ResponsesRequest(_ModelBase):
    """Request schema for Responses endpoint

    Example:
        {'input': [{'content': 'Hello, how are you?', 'role': 'user', 'type': 'message'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7, 'tools': [{'description': 'Get the current weather
            in a given location', 'name': 'get_current_weather', 'parameters': {'properties': {'location': {'type':
            'string'}}, 'type': 'object'}, 'type': 'function'}], 'top_p': 0.9}

    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
        debug (ChatDebugOptions | Unset): Debug options for inspecting request transformations (streaming only).
        image_config (float | list[Any] | str | Unset): A provider-specific image configuration value.
        input_ (list[AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem |
            CompactionItem | ContextCompactionItem | CustomToolCallItem | CustomToolCallOutputItem | EasyInputMessage |
            FunctionCallItem | FunctionCallOutputItem | InputMessageItem | InputsType1ItemType7 | InputsType1ItemType8 |
            ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem |
            McpApprovalResponseItem | McpCallItem | McpListToolsItem | OutputAdvisorServerToolItem |
            OutputApplyPatchServerToolItem | OutputBashServerToolItem | OutputBrowserUseServerToolItem |
            OutputCodeInterpreterCallItem | OutputCodeInterpreterServerToolItem | OutputComputerCallItem |
            OutputCustomToolCallItem | OutputDatetimeItem | OutputFileSearchCallItem | OutputFileSearchServerToolItem |
            OutputFilesServerToolItem | OutputFunctionCallItem | OutputFusionServerToolItem | OutputImageGenerationCallItem
            | OutputImageGenerationServerToolItem | OutputMcpServerToolItem | OutputMemoryServerToolItem |
            OutputSearchModelsServerToolItem | OutputShellServerToolItem | OutputSubagentServerToolItem |
            OutputTextEditorServerToolItem | OutputToolSearchServerToolItem | OutputWebFetchServerToolItem |
            OutputWebSearchCallItem | OutputWebSearchServerToolItem | ReasoningItem | ShellCallItem | ShellCallOutputItem] |
            str | Unset): Input for a response request - can be a string or array of items Example: [{'content': 'What is
            the weather today?', 'role': 'user'}].
        max_tool_calls (int | None | Unset): Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps
            the model may take during a request. Defaults to 30, which is also the maximum. Ignored when
            `stop_server_tools_when` is set. Example: 30.
        modalities (list[OutputModalityEnum] | Unset): Output modalities for the response. Supported values are "text"
            and "image". Example: ['text', 'image'].
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset): Plugins you want to enable for this request, including their settings.
        previous_response_id (Any | Unset): Not supported. The Responses API is stateless: no responses are stored, so a
            previous response cannot be referenced. Requests with a non-null value are rejected with a 400 error. Send the
            full conversation history in `input` instead.
        provider (ProviderPreferences | Unset): Provider routing preferences for the request.
        safety_identifier (None | str | Unset): Recommended per-end-user identifier for abuse isolation. Use a stable
            ID, hash, or pseudonym. When a provider requires a user identity, OpenRouter folds it into the hashed identity
            sent upstream and never forwards it raw. If omitted, requests use an account-level identity, so provider policy
            blocks can affect the whole account. Example: user-123.
        service_tier (None | ResponsesRequestServiceTierType1 | ResponsesRequestServiceTierType2Type1 |
            ResponsesRequestServiceTierType3Type1 | Unset): The service tier to use for processing this request. `fast` is
            accepted as an alias for `priority`. Default: 'auto'.
        session_id (str | Unset): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        text (TextExtendedConfig | Unset): Text output configuration including format and verbosity Example: {'format':
            {'type': 'text'}}.
        trace (TraceConfig | Unset): Metadata for observability and tracing. The known keys get special handling; other
            keys are passed through as custom metadata to configured broadcast destinations.
        user (str | Unset): A unique identifier representing your end-user, which helps distinguish between different
            users of your app. This allows your app to identify specific users in case of abuse reports, preventing your
            entire app from being affected by the actions of individual users. Maximum of 256 characters.
    """

    background: bool | None | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    debug: ChatDebugOptions | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    image_config: float | list[Any] | str | Unset = UNSET
    include: list[ResponseIncludesEnum] | None | Unset = UNSET
    input_: (
        list[
            AdditionalToolsItem
            | AgentMessageItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | EasyInputMessage
            | FunctionCallItem
            | FunctionCallOutputItem
            | InputMessageItem
            | InputsType1ItemType7
            | InputsType1ItemType8
            | ItemReferenceItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | McpListToolsItem
            | OutputAdvisorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputBashServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputCodeInterpreterCallItem
            | OutputCodeInterpreterServerToolItem
            | OutputComputerCallItem
            | OutputCustomToolCallItem
            | OutputDatetimeItem
            | OutputFileSearchCallItem
            | OutputFileSearchServerToolItem
            | OutputFilesServerToolItem
            | OutputFunctionCallItem
            | OutputFusionServerToolItem
            | OutputImageGenerationCallItem
            | OutputImageGenerationServerToolItem
            | OutputMcpServerToolItem
            | OutputMemoryServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputShellServerToolItem
            | OutputSubagentServerToolItem
            | OutputTextEditorServerToolItem
            | OutputToolSearchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputWebSearchCallItem
            | OutputWebSearchServerToolItem
            | ReasoningItem
            | ShellCallItem
            | ShellCallOutputItem
        ]
        | str
        | Unset
    ) = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    metadata: None | RequestMetadata | Unset = UNSET
    modalities: list[OutputModalityEnum] | Unset = UNSET
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
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
    presence_penalty: float | None | Unset = UNSET
    previous_response_id: Any | Unset = UNSET
    prompt: None | StoredPromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    provider: ProviderPreferences | Unset = UNSET
    reasoning: None | ReasoningConfig | Unset = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: (
        None
        | ResponsesRequestServiceTierType1
        | ResponsesRequestServiceTierType2Type1
        | ResponsesRequestServiceTierType3Type1
        | Unset
    ) = "auto"
    session_id: str | Unset = UNSET
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
    store: bool | Unset = False
    stream: bool | Unset = False
    temperature: float | None | Unset = UNSET
    text: TextExtendedConfig | Unset = UNSET
    tool_choice: (
        OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceType3
        | OpenAIResponsesToolChoiceType4
        | OpenAIResponsesToolChoiceType6
        | OpenAIResponsesToolChoiceType7
        | ToolChoiceAllowed
        | Unset
    ) = UNSET
    tools: (
        list[
            AdvisorServerToolOpenRouter
            | ApplyPatchServerTool
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | CodeInterpreterServerTool
            | CodexLocalShellTool
            | ComputerUseServerTool
            | CustomTool
            | DatetimeServerTool
            | FileSearchServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerTool
            | ImageGenerationServerToolOpenRouter
            | LegacyWebSearchServerTool
            | McpServerTool
            | NamespaceTool
            | Preview20250311WebSearchServerTool
            | PreviewWebSearchServerTool
            | ResponsesRequestToolsItemType0
            | SearchModelsServerToolOpenRouter
            | ShellServerTool
            | ShellServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
            | WebSearchServerTool
            | WebSearchServerToolOpenRouter
        ]
        | Unset
    ) = UNSET
    top_k: int | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    truncation: None | OpenAIResponsesTruncation | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "background",
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
        (
            "image_config",
            _union_field(
                (("list[Any]", _guarded((list,))),),
                plain=(
                    str,
                    float,
                    int,
                ),
            ),
        ),
        (
            "include",
            _union_field(
                (("list[ResponseIncludesEnum]", _guarded((list,), _list_field(check_response_includes_enum))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "input",
            _union_field(
                (
                    (
                        "list[AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | CompactionItem | ContextCompactionItem | CustomToolCallItem | CustomToolCallOutputItem | EasyInputMessage | FunctionCallItem | FunctionCallOutputItem | InputMessageItem | InputsType1ItemType7 | InputsType1ItemType8 | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | OutputAdvisorServerToolItem | OutputApplyPatchServerToolItem | OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem | OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem | OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem | OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem | OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputSearchModelsServerToolItem | OutputShellServerToolItem | OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem | OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem | ReasoningItem | ShellCallItem | ShellCallOutputItem]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("ReasoningItem", ReasoningItem),
                                        ("EasyInputMessage", EasyInputMessage),
                                        ("InputMessageItem", InputMessageItem),
                                        ("FunctionCallItem", FunctionCallItem),
                                        ("FunctionCallOutputItem", FunctionCallOutputItem),
                                        ("ApplyPatchCallItem", ApplyPatchCallItem),
                                        ("ApplyPatchCallOutputItem", ApplyPatchCallOutputItem),
                                        ("InputsType1ItemType7", InputsType1ItemType7),
                                        ("InputsType1ItemType8", InputsType1ItemType8),
                                        ("OutputFunctionCallItem", OutputFunctionCallItem),
                                        ("OutputCustomToolCallItem", OutputCustomToolCallItem),
                                        ("OutputWebSearchCallItem", OutputWebSearchCallItem),
                                        ("OutputFileSearchCallItem", OutputFileSearchCallItem),
                                        ("OutputImageGenerationCallItem", OutputImageGenerationCallItem),
                                        ("OutputCodeInterpreterCallItem", OutputCodeInterpreterCallItem),
                                        ("OutputComputerCallItem", OutputComputerCallItem),
                                        ("OutputDatetimeItem", OutputDatetimeItem),
                                        ("OutputWebSearchServerToolItem", OutputWebSearchServerToolItem),
                                        ("OutputCodeInterpreterServerToolItem", OutputCodeInterpreterServerToolItem),
                                        ("OutputFileSearchServerToolItem", OutputFileSearchServerToolItem),
                                        ("OutputImageGenerationServerToolItem", OutputImageGenerationServerToolItem),
                                        ("OutputBrowserUseServerToolItem", OutputBrowserUseServerToolItem),
                                        ("OutputBashServerToolItem", OutputBashServerToolItem),
                                        ("OutputTextEditorServerToolItem", OutputTextEditorServerToolItem),
                                        ("OutputApplyPatchServerToolItem", OutputApplyPatchServerToolItem),
                                        ("OutputWebFetchServerToolItem", OutputWebFetchServerToolItem),
                                        ("OutputToolSearchServerToolItem", OutputToolSearchServerToolItem),
                                        ("OutputMemoryServerToolItem", OutputMemoryServerToolItem),
                                        ("OutputMcpServerToolItem", OutputMcpServerToolItem),
                                        ("OutputSearchModelsServerToolItem", OutputSearchModelsServerToolItem),
                                        ("OutputFusionServerToolItem", OutputFusionServerToolItem),
                                        ("OutputAdvisorServerToolItem", OutputAdvisorServerToolItem),
                                        ("OutputSubagentServerToolItem", OutputSubagentServerToolItem),
                                        ("OutputFilesServerToolItem", OutputFilesServerToolItem),
                                        ("OutputShellServerToolItem", OutputShellServerToolItem),
                                        ("LocalShellCallItem", LocalShellCallItem),
                                        ("LocalShellCallOutputItem", LocalShellCallOutputItem),
                                        ("ShellCallItem", ShellCallItem),
                                        ("ShellCallOutputItem", ShellCallOutputItem),
                                        ("McpListToolsItem", McpListToolsItem),
                                        ("McpApprovalRequestItem", McpApprovalRequestItem),
                                        ("McpApprovalResponseItem", McpApprovalResponseItem),
                                        ("McpCallItem", McpCallItem),
                                        ("CustomToolCallItem", CustomToolCallItem),
                                        ("CustomToolCallOutputItem", CustomToolCallOutputItem),
                                        ("CompactionItem", CompactionItem),
                                        ("ContextCompactionItem", ContextCompactionItem),
                                        ("ItemReferenceItem", ItemReferenceItem),
                                        ("AdditionalToolsItem", AdditionalToolsItem),
                                        ("AgentMessageItem", AgentMessageItem),
                                    )
                                )
                            ),
                        ),
                    ),
                ),
                plain=(str,),
            ),
            "input_",
        ),
        (
            "instructions",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "max_output_tokens",
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
            "max_tool_calls",
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
        ("metadata", _union_field((("RequestMetadata", RequestMetadata),), plain=(_NoneType,), skip=(_NoneType,))),
        ("modalities", _list_field(check_output_modality_enum)),
        "model",
        "models",
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
        "previous_response_id",
        (
            "prompt",
            _union_field((("StoredPromptTemplate", StoredPromptTemplate),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "prompt_cache_key",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "prompt_cache_options",
            _union_field((("PromptCacheOptions", PromptCacheOptions),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("provider", _model_field(ProviderPreferences)),
        ("reasoning", _union_field((("ReasoningConfig", ReasoningConfig),), plain=(_NoneType,), skip=(_NoneType,))),
        (
            "route",
            _union_field(
                (("DeprecatedRoute", _guarded((str,), check_deprecated_route)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "safety_identifier",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "service_tier",
            _union_field(
                (
                    ("ResponsesRequestServiceTierType1", _guarded((str,), check_responses_request_service_tier_type_1)),
                    (
                        "ResponsesRequestServiceTierType2Type1",
                        _guarded((str,), check_responses_request_service_tier_type_2_type_1),
                    ),
                    (
                        "ResponsesRequestServiceTierType3Type1",
                        _guarded((str,), check_responses_request_service_tier_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "session_id",
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
        "store",
        "stream",
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
        ("text", _model_field(TextExtendedConfig)),
        (
            "tool_choice",
            _union_field(
                (
                    ("OpenAIResponsesToolChoiceType0", _guarded((str,), check_open_ai_responses_tool_choice_type_0)),
                    ("OpenAIResponsesToolChoiceType1", _guarded((str,), check_open_ai_responses_tool_choice_type_1)),
                    ("OpenAIResponsesToolChoiceType2", _guarded((str,), check_open_ai_responses_tool_choice_type_2)),
                    ("OpenAIResponsesToolChoiceType3", OpenAIResponsesToolChoiceType3),
                    ("OpenAIResponsesToolChoiceType4", OpenAIResponsesToolChoiceType4),
                    ("ToolChoiceAllowed", ToolChoiceAllowed),
                    ("OpenAIResponsesToolChoiceType6", OpenAIResponsesToolChoiceType6),
                    ("OpenAIResponsesToolChoiceType7", OpenAIResponsesToolChoiceType7),
                )
            ),
        ),
        (
            "tools",
            _list_field(
                _union_field(
                    (
                        ("ResponsesRequestToolsItemType0", ResponsesRequestToolsItemType0),
                        ("PreviewWebSearchServerTool", PreviewWebSearchServerTool),
                        ("Preview20250311WebSearchServerTool", Preview20250311WebSearchServerTool),
                        ("LegacyWebSearchServerTool", LegacyWebSearchServerTool),
                        ("WebSearchServerTool", WebSearchServerTool),
                        ("FileSearchServerTool", FileSearchServerTool),
                        ("ComputerUseServerTool", ComputerUseServerTool),
                        ("CodeInterpreterServerTool", CodeInterpreterServerTool),
                        ("McpServerTool", McpServerTool),
                        ("ImageGenerationServerTool", ImageGenerationServerTool),
                        ("CodexLocalShellTool", CodexLocalShellTool),
                        ("ShellServerTool", ShellServerTool),
                        ("ApplyPatchServerTool", ApplyPatchServerTool),
                        ("CustomTool", CustomTool),
                        ("NamespaceTool", NamespaceTool),
                        ("AdvisorServerToolOpenRouter", AdvisorServerToolOpenRouter),
                        ("SubagentServerToolOpenRouter", SubagentServerToolOpenRouter),
                        ("DatetimeServerTool", DatetimeServerTool),
                        ("FilesServerTool", FilesServerTool),
                        ("FusionServerToolOpenRouter", FusionServerToolOpenRouter),
                        ("ImageGenerationServerToolOpenRouter", ImageGenerationServerToolOpenRouter),
                        ("SearchModelsServerToolOpenRouter", SearchModelsServerToolOpenRouter),
                        ("WebFetchServerTool", WebFetchServerTool),
                        ("WebSearchServerToolOpenRouter", WebSearchServerToolOpenRouter),
                        ("ApplyPatchServerToolOpenRouter", ApplyPatchServerToolOpenRouter),
                        ("BashServerTool", BashServerTool),
                        ("ShellServerToolOpenRouter", ShellServerToolOpenRouter),
                        ("ToolSearchServerTool", ToolSearchServerTool),
                    ),
                    tag=(
                        "type",
                        (
                            "function",
                            "web_search_preview",
                            "web_search_preview_2025_03_11",
                            "web_search",
                            "web_search_2025_08_26",
                            "file_search",
                            "computer_use_preview",
                            "code_interpreter",
                            "mcp",
                            "image_generation",
                            "local_shell",
                            "shell",
                            "apply_patch",
                            "custom",
                            "namespace",
                            "openrouter:advisor",
                            "openrouter:subagent",
                            "openrouter:datetime",
                            "openrouter:files",
                            "openrouter:fusion",
                            "openrouter:image_generation",
                            "openrouter:experimental__search_models",
                            "openrouter:web_fetch",
                            "openrouter:web_search",
                            "openrouter:apply_patch",
                            "openrouter:bash",
                            "openrouter:shell",
                            "openrouter:tool_search",
                        ),
                    ),
                )
            ),
        ),
        "top_k",
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
        (
            "truncation",
            _union_field(
                (("OpenAIResponsesTruncation", _guarded((str,), check_open_ai_responses_truncation)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "user",
    )
