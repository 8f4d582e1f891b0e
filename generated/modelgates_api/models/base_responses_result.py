from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_responses_result_object import BaseResponsesResultObject, check_base_responses_result_object
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
from ..models.service_tier import ServiceTier, check_service_tier
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
    from ..models.base_responses_result_tools_item_type_0 import BaseResponsesResultToolsItemType0
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
    from ..models.open_ai_responses_usage import OpenAIResponsesUsage
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.request_metadata import RequestMetadata
    from ..models.responses_error_field import ResponsesErrorField
    from ..models.shell_server_tool import ShellServerTool
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.text_config import TextConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.web_search_server_tool import WebSearchServerTool
else:
    ApplyPatchCallItem = _LazyModel(globals(), "apply_patch_call_item", "ApplyPatchCallItem")
    ApplyPatchCallOutputItem = _LazyModel(globals(), "apply_patch_call_output_item", "ApplyPatchCallOutputItem")
    ApplyPatchServerTool = _LazyModel(globals(), "apply_patch_server_tool", "ApplyPatchServerTool")
    BaseInputsType1ItemType0 = _LazyModel(globals(), "base_inputs_type_1_item_type_0", "BaseInputsType1ItemType0")
    BaseReasoningConfig = _LazyModel(globals(), "base_reasoning_config", "BaseReasoningConfig")
    BaseResponsesResultToolsItemType0 = _LazyModel(
        globals(), "base_responses_result_tools_item_type_0", "BaseResponsesResultToolsItemType0"
    )
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
    OpenAIResponsesUsage = _LazyModel(globals(), "open_ai_responses_usage", "OpenAIResponsesUsage")
    OutputItemApplyPatchCall = _LazyModel(globals(), "output_item_apply_patch_call", "OutputItemApplyPatchCall")
    OutputItemCodeInterpreterCall = _LazyModel(
        globals(), "output_item_code_interpreter_call", "OutputItemCodeInterpreterCall"
    )
    OutputItemCustomToolCall = _LazyModel(globals(), "output_item_custom_tool_call", "OutputItemCustomToolCall")
    OutputItemFileSearchCall = _LazyModel(globals(), "output_item_file_search_call", "OutputItemFileSearchCall")
    OutputItemFunctionCall = _LazyModel(globals(), "output_item_function_call", "OutputItemFunctionCall")
    OutputItemImageGenerationCall = _LazyModel(
        globals(), "output_item_image_generation_call", "OutputItemImageGenerationCall"
    )
    OutputItemReasoning = _LazyModel(globals(), "output_item_reasoning", "OutputItemReasoning")
    OutputItemWebSearchCall = _LazyModel(globals(), "output_item_web_search_call", "OutputItemWebSearchCall")
    OutputMessage = _LazyModel(globals(), "output_message", "OutputMessage")
    Preview20250311WebSearchServerTool = _LazyModel(
        globals(), "preview_20250311_web_search_server_tool", "Preview20250311WebSearchServerTool"
    )
    PreviewWebSearchServerTool = _LazyModel(globals(), "preview_web_search_server_tool", "PreviewWebSearchServerTool")
    PromptCacheOptions = _LazyModel(globals(), "prompt_cache_options", "PromptCacheOptions")
    RequestMetadata = _LazyModel(globals(), "request_metadata", "RequestMetadata")
    ResponsesErrorField = _LazyModel(globals(), "responses_error_field", "ResponsesErrorField")
    ShellServerTool = _LazyModel(globals(), "shell_server_tool", "ShellServerTool")
    StoredPromptTemplate = _LazyModel(globals(), "stored_prompt_template", "StoredPromptTemplate")
    TextConfig = _LazyModel(globals(), "text_config", "TextConfig")
    ToolChoiceAllowed = _LazyModel(globals(), "tool_choice_allowed", "ToolChoiceAllowed")
    WebSearchServerTool = _LazyModel(globals(), "web_search_server_tool", "WebSearchServerTool")


@_attrs_define(repr=False, eq=False)
class BaseResponsesResult(_ModelBase):
    """
    Example:
        {'completed_at': 1704067210, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id': 'resp-
            abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None, 'model':
            'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None, 'status':
            'completed', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None}

    Attributes:
        text (TextConfig | Unset): Text output configuration including format and verbosity Example: {'format': {'type':
            'text'}, 'verbosity': 'medium'}.
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
    object_: BaseResponsesResultObject
    output: list[
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
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
        | BaseResponsesResultToolsItemType0
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | FileSearchServerTool
        | ImageGenerationServerTool
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
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
    service_tier: None | ServiceTier | Unset = UNSET
    store: bool | Unset = UNSET
    text: TextConfig | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    truncation: None | Truncation | Unset = UNSET
    usage: OpenAIResponsesUsage | Unset = UNSET
    user: None | str | Unset = UNSET
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
        ("object", check_base_responses_result_object, "object_"),
        (
            "output",
            _list_field(
                _union_field(
                    (
                        ("OutputMessage", OutputMessage),
                        ("OutputItemReasoning", OutputItemReasoning),
                        ("OutputItemFunctionCall", OutputItemFunctionCall),
                        ("OutputItemCustomToolCall", OutputItemCustomToolCall),
                        ("OutputItemWebSearchCall", OutputItemWebSearchCall),
                        ("OutputItemFileSearchCall", OutputItemFileSearchCall),
                        ("OutputItemImageGenerationCall", OutputItemImageGenerationCall),
                        ("OutputItemApplyPatchCall", OutputItemApplyPatchCall),
                        ("OutputItemCodeInterpreterCall", OutputItemCodeInterpreterCall),
                    ),
                    tag=(
                        "type",
                        (
                            "message",
                            "reasoning",
                            "function_call",
                            "custom_tool_call",
                            "web_search_call",
                            "file_search_call",
                            "image_generation_call",
                            "apply_patch_call",
                            "code_interpreter_call",
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
                        ("BaseResponsesResultToolsItemType0", BaseResponsesResultToolsItemType0),
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
                (("ServiceTier", _guarded((str,), check_service_tier)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        "store",
        ("text", _model_field(TextConfig)),
        "top_logprobs",
        (
            "truncation",
            _union_field((("Truncation", _guarded((str,), check_truncation)),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("usage", _model_field(OpenAIResponsesUsage)),
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
    )
