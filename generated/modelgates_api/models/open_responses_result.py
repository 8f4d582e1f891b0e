from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.api_error_type import ApiErrorType, check_api_error_type
from ..models.open_ai_responses_response_status import (
    OpenAIResponsesResponseStatus,
    check_open_ai_responses_response_status,
)
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
from ..models.open_responses_result_object import OpenResponsesResultObject, check_open_responses_result_object
from ..models.truncation import Truncation, check_truncation
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
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.base_inputs_type_1_item_type_0 import BaseInputsType1ItemType0
    from ..models.base_reasoning_config import BaseReasoningConfig
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.incomplete_details import IncompleteDetails
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_response_custom_tool_call import OpenAIResponseCustomToolCall
    from ..models.open_ai_response_custom_tool_call_output import OpenAIResponseCustomToolCallOutput
    from ..models.open_ai_response_function_tool_call import OpenAIResponseFunctionToolCall
    from ..models.open_ai_response_function_tool_call_output import OpenAIResponseFunctionToolCallOutput
    from ..models.open_ai_response_input_message_item import OpenAIResponseInputMessageItem
    from ..models.open_ai_responses_tool_choice_type_3 import OpenAIResponsesToolChoiceType3
    from ..models.open_ai_responses_tool_choice_type_4 import OpenAIResponsesToolChoiceType4
    from ..models.open_ai_responses_tool_choice_type_6 import OpenAIResponsesToolChoiceType6
    from ..models.open_ai_responses_tool_choice_type_7 import OpenAIResponsesToolChoiceType7
    from ..models.open_responses_result_tools_item_type_0 import OpenResponsesResultToolsItemType0
    from ..models.open_router_metadata import OpenRouterMetadata
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
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
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_message import OutputMessage
    from ..models.output_message_item import OutputMessageItem
    from ..models.output_reasoning_item import OutputReasoningItem
    from ..models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from ..models.output_shell_call_item import OutputShellCallItem
    from ..models.output_shell_call_output_item import OutputShellCallOutputItem
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from ..models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import OutputWebSearchServerToolItem
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.request_metadata import RequestMetadata
    from ..models.responses_error_field import ResponsesErrorField
    from ..models.shell_server_tool import ShellServerTool
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.text_extended_config import TextExtendedConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.usage import Usage
    from ..models.web_search_server_tool import WebSearchServerTool
else:
    ApplyPatchCallItem = _LazyModel(globals(), "apply_patch_call_item", "ApplyPatchCallItem")
    ApplyPatchCallOutputItem = _LazyModel(globals(), "apply_patch_call_output_item", "ApplyPatchCallOutputItem")
    ApplyPatchServerTool = _LazyModel(globals(), "apply_patch_server_tool", "ApplyPatchServerTool")
    BaseInputsType1ItemType0 = _LazyModel(globals(), "base_inputs_type_1_item_type_0", "BaseInputsType1ItemType0")
    BaseReasoningConfig = _LazyModel(globals(), "base_reasoning_config", "BaseReasoningConfig")
    CodeInterpreterServerTool = _LazyModel(globals(), "code_interpreter_server_tool", "CodeInterpreterServerTool")
    CodexLocalShellTool = _LazyModel(globals(), "codex_local_shell_tool", "CodexLocalShellTool")
    ComputerUseServerTool = _LazyModel(globals(), "computer_use_server_tool", "ComputerUseServerTool")
    CustomTool = _LazyModel(globals(), "custom_tool", "CustomTool")
    FileSearchServerTool = _LazyModel(globals(), "file_search_server_tool", "FileSearchServerTool")
    ImageGenerationServerTool = _LazyModel(globals(), "image_generation_server_tool", "ImageGenerationServerTool")
    IncompleteDetails = _LazyModel(globals(), "incomplete_details", "IncompleteDetails")
    LegacyWebSearchServerTool = _LazyModel(globals(), "legacy_web_search_server_tool", "LegacyWebSearchServerTool")
    McpServerTool = _LazyModel(globals(), "mcp_server_tool", "McpServerTool")
    NamespaceTool = _LazyModel(globals(), "namespace_tool", "NamespaceTool")
    OpenAIResponseCustomToolCall = _LazyModel(
        globals(), "open_ai_response_custom_tool_call", "OpenAIResponseCustomToolCall"
    )
    OpenAIResponseCustomToolCallOutput = _LazyModel(
        globals(), "open_ai_response_custom_tool_call_output", "OpenAIResponseCustomToolCallOutput"
    )
    OpenAIResponseFunctionToolCall = _LazyModel(
        globals(), "open_ai_response_function_tool_call", "OpenAIResponseFunctionToolCall"
    )
    OpenAIResponseFunctionToolCallOutput = _LazyModel(
        globals(), "open_ai_response_function_tool_call_output", "OpenAIResponseFunctionToolCallOutput"
    )
    OpenAIResponseInputMessageItem = _LazyModel(
        globals(), "open_ai_response_input_message_item", "OpenAIResponseInputMessageItem"
    )
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
    OpenResponsesResultToolsItemType0 = _LazyModel(
        globals(), "open_responses_result_tools_item_type_0", "OpenResponsesResultToolsItemType0"
    )
    OpenRouterMetadata = _LazyModel(globals(), "open_router_metadata", "OpenRouterMetadata")
    OutputAdvisorServerToolItem = _LazyModel(
        globals(), "output_advisor_server_tool_item", "OutputAdvisorServerToolItem"
    )
    OutputApplyPatchCallItem = _LazyModel(globals(), "output_apply_patch_call_item", "OutputApplyPatchCallItem")
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
    OutputItemImageGenerationCall = _LazyModel(
        globals(), "output_item_image_generation_call", "OutputItemImageGenerationCall"
    )
    OutputMcpServerToolItem = _LazyModel(globals(), "output_mcp_server_tool_item", "OutputMcpServerToolItem")
    OutputMemoryServerToolItem = _LazyModel(globals(), "output_memory_server_tool_item", "OutputMemoryServerToolItem")
    OutputMessage = _LazyModel(globals(), "output_message", "OutputMessage")
    OutputMessageItem = _LazyModel(globals(), "output_message_item", "OutputMessageItem")
    OutputReasoningItem = _LazyModel(globals(), "output_reasoning_item", "OutputReasoningItem")
    OutputSearchModelsServerToolItem = _LazyModel(
        globals(), "output_search_models_server_tool_item", "OutputSearchModelsServerToolItem"
    )
    OutputShellCallItem = _LazyModel(globals(), "output_shell_call_item", "OutputShellCallItem")
    OutputShellCallOutputItem = _LazyModel(globals(), "output_shell_call_output_item", "OutputShellCallOutputItem")
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
    Preview20250311WebSearchServerTool = _LazyModel(
        globals(), "preview_20250311_web_search_server_tool", "Preview20250311WebSearchServerTool"
    )
    PreviewWebSearchServerTool = _LazyModel(globals(), "preview_web_search_server_tool", "PreviewWebSearchServerTool")
    PromptCacheOptions = _LazyModel(globals(), "prompt_cache_options", "PromptCacheOptions")
    RequestMetadata = _LazyModel(globals(), "request_metadata", "RequestMetadata")
    ResponsesErrorField = _LazyModel(globals(), "responses_error_field", "ResponsesErrorField")
    ShellServerTool = _LazyModel(globals(), "shell_server_tool", "ShellServerTool")
    StoredPromptTemplate = _LazyModel(globals(), "stored_prompt_template", "StoredPromptTemplate")
    TextExtendedConfig = _LazyModel(globals(), "text_extended_config", "TextExtendedConfig")
    ToolChoiceAllowed = _LazyModel(globals(), "tool_choice_allowed", "ToolChoiceAllowed")
    Usage = _LazyModel(globals(), "usage", "Usage")
    WebSearchServerTool = _LazyModel(globals(), "web_search_server_tool", "WebSearchServerTool")


@_attrs_define(repr=False, eq=False)
class OpenResponsesResult(_ModelBase):
    """Complete non-streaming response from the Responses API

    Example:
        {'completed_at': 1704067210, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id': 'resp-
            abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None, 'model':
            'gpt-4', 'object': 'response', 'output': [{'content': [{'annotations': [], 'text': 'Hello! How can I help you
            today?', 'type': 'output_text'}], 'id': 'msg-abc123', 'role': 'assistant', 'status': 'completed', 'type':
            'message'}], 'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None, 'usage': {'input_tokens': 10, 'input_tokens_details':
            {'cached_tokens': 0}, 'output_tokens': 25, 'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens':
            35}}

    Attributes:
        text (TextExtendedConfig | Unset): Text output configuration including format and verbosity Example: {'format':
            {'type': 'text'}}.
        error_type (ApiErrorType | Unset): Canonical OpenRouter error type, stable across all API formats Example:
            rate_limit_exceeded.
    """

    completed_at: int | None
    created_at: int
    error: None | ResponsesErrorField
    frequency_penalty: float | None
    id: str
    incomplete_details: IncompleteDetails | None
    instructions: (
        list[
            ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | BaseInputsType1ItemType0
            | OpenAIResponseCustomToolCall
            | OpenAIResponseCustomToolCallOutput
            | OpenAIResponseFunctionToolCall
            | OpenAIResponseFunctionToolCallOutput
            | OpenAIResponseInputMessageItem
            | OutputItemImageGenerationCall
            | OutputMessage
        ]
        | None
        | str
    )
    metadata: None | RequestMetadata
    model: str
    object_: OpenResponsesResultObject
    output: list[
        OutputAdvisorServerToolItem
        | OutputApplyPatchCallItem
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
        | OutputMessageItem
        | OutputReasoningItem
        | OutputSearchModelsServerToolItem
        | OutputShellCallItem
        | OutputShellCallOutputItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem
    ]
    parallel_tool_calls: bool
    presence_penalty: float | None
    status: OpenAIResponsesResponseStatus
    temperature: float | None
    tool_choice: (
        OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceType3
        | OpenAIResponsesToolChoiceType4
        | OpenAIResponsesToolChoiceType6
        | OpenAIResponsesToolChoiceType7
        | ToolChoiceAllowed
    )
    tools: list[
        ApplyPatchServerTool
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | FileSearchServerTool
        | ImageGenerationServerTool
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | OpenResponsesResultToolsItemType0
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | ShellServerTool
        | WebSearchServerTool
    ]
    top_p: float | None
    background: bool | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    output_text: str | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: None | StoredPromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    reasoning: BaseReasoningConfig | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    store: bool | Unset = UNSET
    text: TextExtendedConfig | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    truncation: None | Truncation | Unset = UNSET
    usage: None | Unset | Usage = UNSET
    user: None | str | Unset = UNSET
    error_type: ApiErrorType | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "completed_at",
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
        "created_at",
        ("error", _union_field((("ResponsesErrorField", ResponsesErrorField),), plain=(_NoneType,), skip=(_NoneType,))),
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
        "id",
        (
            "incomplete_details",
            _union_field((("IncompleteDetails", IncompleteDetails),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "instructions",
            _union_field(
                (
                    (
                        "list[ApplyPatchCallItem | ApplyPatchCallOutputItem | BaseInputsType1ItemType0 | OpenAIResponseCustomToolCall | OpenAIResponseCustomToolCallOutput | OpenAIResponseFunctionToolCall | OpenAIResponseFunctionToolCallOutput | OpenAIResponseInputMessageItem | OutputItemImageGenerationCall | OutputMessage]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("BaseInputsType1ItemType0", BaseInputsType1ItemType0),
                                        ("OpenAIResponseInputMessageItem", OpenAIResponseInputMessageItem),
                                        ("OpenAIResponseFunctionToolCallOutput", OpenAIResponseFunctionToolCallOutput),
                                        ("OpenAIResponseFunctionToolCall", OpenAIResponseFunctionToolCall),
                                        ("OutputItemImageGenerationCall", OutputItemImageGenerationCall),
                                        ("OutputMessage", OutputMessage),
                                        ("OpenAIResponseCustomToolCall", OpenAIResponseCustomToolCall),
                                        ("OpenAIResponseCustomToolCallOutput", OpenAIResponseCustomToolCallOutput),
                                        ("ApplyPatchCallItem", ApplyPatchCallItem),
                                        ("ApplyPatchCallOutputItem", ApplyPatchCallOutputItem),
                                    )
                                )
                            ),
                        ),
                    ),
                ),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(_NoneType,),
            ),
        ),
        ("metadata", _union_field((("RequestMetadata", RequestMetadata),), plain=(_NoneType,), skip=(_NoneType,))),
        "model",
        ("object", check_open_responses_result_object, "object_"),
        (
            "output",
            _list_field(
                _union_field(
                    (
                        ("OutputMessageItem", OutputMessageItem),
                        ("OutputReasoningItem", OutputReasoningItem),
                        ("OutputFunctionCallItem", OutputFunctionCallItem),
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
                        ("OutputApplyPatchCallItem", OutputApplyPatchCallItem),
                        ("OutputShellCallItem", OutputShellCallItem),
                        ("OutputShellCallOutputItem", OutputShellCallOutputItem),
                        ("OutputShellServerToolItem", OutputShellServerToolItem),
                        ("OutputWebFetchServerToolItem", OutputWebFetchServerToolItem),
                        ("OutputToolSearchServerToolItem", OutputToolSearchServerToolItem),
                        ("OutputMemoryServerToolItem", OutputMemoryServerToolItem),
                        ("OutputMcpServerToolItem", OutputMcpServerToolItem),
                        ("OutputSearchModelsServerToolItem", OutputSearchModelsServerToolItem),
                        ("OutputFusionServerToolItem", OutputFusionServerToolItem),
                        ("OutputAdvisorServerToolItem", OutputAdvisorServerToolItem),
                        ("OutputSubagentServerToolItem", OutputSubagentServerToolItem),
                        ("OutputFilesServerToolItem", OutputFilesServerToolItem),
                        ("OutputCustomToolCallItem", OutputCustomToolCallItem),
                    ),
                    tag=(
                        "type",
                        (
                            "message",
                            "reasoning",
                            "function_call",
                            "web_search_call",
                            "file_search_call",
                            "image_generation_call",
                            "code_interpreter_call",
                            "computer_call",
                            "openrouter:datetime",
                            "openrouter:web_search",
                            "openrouter:code_interpreter",
                            "openrouter:file_search",
                            "openrouter:image_generation",
                            "openrouter:browser_use",
                            "openrouter:bash",
                            "openrouter:text_editor",
                            "openrouter:apply_patch",
                            "apply_patch_call",
                            "shell_call",
                            "shell_call_output",
                            "openrouter:shell",
                            "openrouter:web_fetch",
                            "openrouter:tool_search",
                            "openrouter:memory",
                            "openrouter:mcp",
                            "openrouter:experimental__search_models",
                            "openrouter:fusion",
                            "openrouter:advisor",
                            "openrouter:subagent",
                            "openrouter:files",
                            "custom_tool_call",
                        ),
                    ),
                )
            ),
        ),
        "parallel_tool_calls",
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
        ("status", check_open_ai_responses_response_status),
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
                        ("OpenResponsesResultToolsItemType0", OpenResponsesResultToolsItemType0),
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
                        ),
                    ),
                )
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
    )
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
        "output_text",
        (
            "previous_response_id",
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
        (
            "reasoning",
            _union_field((("BaseReasoningConfig", BaseReasoningConfig),), plain=(_NoneType,), skip=(_NoneType,)),
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
        "store",
        ("text", _model_field(TextExtendedConfig)),
        "top_logprobs",
        (
            "truncation",
            _union_field((("Truncation", _guarded((str,), check_truncation)),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("usage", _union_field((("Usage", Usage),), plain=(_NoneType,), skip=(_NoneType,))),
        (
            "user",
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
        ("error_type", check_api_error_type),
        ("openrouter_metadata", _model_field(OpenRouterMetadata)),
    )
