from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

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

    _json_fields_ = (
        "completed_at",
        "created_at",
        "error",
        "frequency_penalty",
        "id",
        "incomplete_details",
        "instructions",
        "metadata",
        "model",
        ("object_", "object"),
        "output",
        "parallel_tool_calls",
        "presence_penalty",
        "status",
        "temperature",
        "tool_choice",
        "tools",
        "top_p",
        "background",
        "max_output_tokens",
        "max_tool_calls",
        "output_text",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_options",
        "reasoning",
        "safety_identifier",
        "service_tier",
        "store",
        "text",
        "top_logprobs",
        "truncation",
        "usage",
        "user",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "completed_at"
            completed_at = d.pop("completed_at")
            if not isinstance(completed_at, (int, _NoneType)):
                completed_at = _parse_union(
                    completed_at,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "error"
            error = d.pop("error")
            if not isinstance(error, (_NoneType,)):
                error = _parse_union(
                    error,
                    (("ResponsesErrorField", ResponsesErrorField),),
                    plain=(_NoneType,),
                )

            _at_field_ = "frequency_penalty"
            frequency_penalty = d.pop("frequency_penalty")
            if not isinstance(frequency_penalty, (float, int, _NoneType)):
                frequency_penalty = _parse_union(
                    frequency_penalty,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "incomplete_details"
            incomplete_details = d.pop("incomplete_details")
            if not isinstance(incomplete_details, (_NoneType,)):
                incomplete_details = _parse_union(
                    incomplete_details,
                    (("IncompleteDetails", IncompleteDetails),),
                    plain=(_NoneType,),
                )

            _at_field_ = "instructions"
            instructions = d.pop("instructions")
            if not isinstance(instructions, (_NoneType,)):

                def _instructions_member_1(
                    data: object,
                ) -> list[
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
                ]:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_base_inputs_type_1 = []
                    _componentsschemas_base_inputs_type_1 = data
                    for (
                        _componentsschemas_base_inputs_type_1_item_data_index,
                        componentsschemas_base_inputs_type_1_item_data,
                    ) in enumerate(_as_list(_componentsschemas_base_inputs_type_1)):
                        try:
                            componentsschemas_base_inputs_type_1_item = componentsschemas_base_inputs_type_1_item_data
                            componentsschemas_base_inputs_type_1_item = _parse_union(
                                componentsschemas_base_inputs_type_1_item,
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
                                ),
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _componentsschemas_base_inputs_type_1_item_data_index)
                        componentsschemas_base_inputs_type_1.append(componentsschemas_base_inputs_type_1_item)

                    return componentsschemas_base_inputs_type_1

                instructions = _parse_union(
                    instructions,
                    (
                        (
                            "list[ApplyPatchCallItem | ApplyPatchCallOutputItem | BaseInputsType1ItemType0 | OpenAIResponseCustomToolCall | OpenAIResponseCustomToolCallOutput | OpenAIResponseFunctionToolCall | OpenAIResponseFunctionToolCallOutput | OpenAIResponseInputMessageItem | OutputItemImageGenerationCall | OutputMessage]",
                            _instructions_member_1,
                        ),
                    ),
                    plain=(str, _NoneType),
                )

            _at_field_ = "metadata"
            metadata = d.pop("metadata")
            if not isinstance(metadata, (_NoneType,)):
                metadata = _parse_union(
                    metadata,
                    (("RequestMetadata", RequestMetadata),),
                    plain=(_NoneType,),
                )

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "object"
            object_ = check_base_responses_result_object(d.pop("object"))

            _at_field_ = "output"
            output = []
            _output = d.pop("output")
            for _output_item_data_index, output_item_data in enumerate(_as_list(_output)):
                try:
                    output_item = output_item_data
                    output_item = _parse_union(
                        output_item,
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

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _output_item_data_index)
                output.append(output_item)

            _at_field_ = "parallel_tool_calls"
            parallel_tool_calls = d.pop("parallel_tool_calls")

            _at_field_ = "presence_penalty"
            presence_penalty = d.pop("presence_penalty")
            if not isinstance(presence_penalty, (float, int, _NoneType)):
                presence_penalty = _parse_union(
                    presence_penalty,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "status"
            status = check_open_ai_responses_response_status(d.pop("status"))

            _at_field_ = "temperature"
            temperature = d.pop("temperature")
            if not isinstance(temperature, (float, int, _NoneType)):
                temperature = _parse_union(
                    temperature,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "tool_choice"
            tool_choice = d.pop("tool_choice")

            def _tool_choice_member_0(data: object) -> OpenAIResponsesToolChoiceType0:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_0 = check_open_ai_responses_tool_choice_type_0(
                    data
                )

                return componentsschemas_open_ai_responses_tool_choice_type_0

            def _tool_choice_member_1(data: object) -> OpenAIResponsesToolChoiceType1:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_1 = check_open_ai_responses_tool_choice_type_1(
                    data
                )

                return componentsschemas_open_ai_responses_tool_choice_type_1

            def _tool_choice_member_2(data: object) -> OpenAIResponsesToolChoiceType2:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_2 = check_open_ai_responses_tool_choice_type_2(
                    data
                )

                return componentsschemas_open_ai_responses_tool_choice_type_2

            tool_choice = _parse_union(
                tool_choice,
                (
                    ("OpenAIResponsesToolChoiceType0", _tool_choice_member_0),
                    ("OpenAIResponsesToolChoiceType1", _tool_choice_member_1),
                    ("OpenAIResponsesToolChoiceType2", _tool_choice_member_2),
                    ("OpenAIResponsesToolChoiceType3", OpenAIResponsesToolChoiceType3),
                    ("OpenAIResponsesToolChoiceType4", OpenAIResponsesToolChoiceType4),
                    ("ToolChoiceAllowed", ToolChoiceAllowed),
                    ("OpenAIResponsesToolChoiceType6", OpenAIResponsesToolChoiceType6),
                    ("OpenAIResponsesToolChoiceType7", OpenAIResponsesToolChoiceType7),
                ),
            )

            _at_field_ = "tools"
            tools = []
            _tools = d.pop("tools")
            for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                try:
                    tools_item = tools_item_data
                    tools_item = _parse_union(
                        tools_item,
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

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _tools_item_data_index)
                tools.append(tools_item)

            _at_field_ = "top_p"
            top_p = d.pop("top_p")
            if not isinstance(top_p, (float, int, _NoneType)):
                top_p = _parse_union(
                    top_p,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "background"
            background = d.pop("background", UNSET)
            if not isinstance(background, (bool, _NoneType, Unset)):
                background = _parse_union(
                    background,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "max_output_tokens"
            max_output_tokens = d.pop("max_output_tokens", UNSET)
            if not isinstance(max_output_tokens, (int, _NoneType, Unset)):
                max_output_tokens = _parse_union(
                    max_output_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "max_tool_calls"
            max_tool_calls = d.pop("max_tool_calls", UNSET)
            if not isinstance(max_tool_calls, (int, _NoneType, Unset)):
                max_tool_calls = _parse_union(
                    max_tool_calls,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "output_text"
            output_text = d.pop("output_text", UNSET)

            _at_field_ = "previous_response_id"
            previous_response_id = d.pop("previous_response_id", UNSET)
            if not isinstance(previous_response_id, (str, _NoneType, Unset)):
                previous_response_id = _parse_union(
                    previous_response_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (_NoneType, Unset)):
                prompt = _parse_union(
                    prompt,
                    (("StoredPromptTemplate", StoredPromptTemplate),),
                    plain=(_NoneType,),
                )

            _at_field_ = "prompt_cache_key"
            prompt_cache_key = d.pop("prompt_cache_key", UNSET)
            if not isinstance(prompt_cache_key, (str, _NoneType, Unset)):
                prompt_cache_key = _parse_union(
                    prompt_cache_key,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "prompt_cache_options"
            prompt_cache_options = d.pop("prompt_cache_options", UNSET)
            if not isinstance(prompt_cache_options, (_NoneType, Unset)):
                prompt_cache_options = _parse_union(
                    prompt_cache_options,
                    (("PromptCacheOptions", PromptCacheOptions),),
                    plain=(_NoneType,),
                )

            _at_field_ = "reasoning"
            reasoning = d.pop("reasoning", UNSET)
            if not isinstance(reasoning, (_NoneType, Unset)):
                reasoning = _parse_union(
                    reasoning,
                    (("BaseReasoningConfig", BaseReasoningConfig),),
                    plain=(_NoneType,),
                )

            _at_field_ = "safety_identifier"
            safety_identifier = d.pop("safety_identifier", UNSET)
            if not isinstance(safety_identifier, (str, _NoneType, Unset)):
                safety_identifier = _parse_union(
                    safety_identifier,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "service_tier"
            service_tier = d.pop("service_tier", UNSET)
            if not isinstance(service_tier, (_NoneType, Unset)):

                def _service_tier_member_0(data: object) -> ServiceTier:
                    if not isinstance(data, str):
                        raise TypeError()
                    service_tier_type_0 = check_service_tier(data)

                    return service_tier_type_0

                service_tier = _parse_union(
                    service_tier,
                    (("ServiceTier", _service_tier_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "store"
            store = d.pop("store", UNSET)

            _at_field_ = "text"
            _text = d.pop("text", UNSET)
            text: TextConfig | Unset
            if isinstance(_text, Unset):
                text = UNSET
            else:
                text = TextConfig.from_dict(_text)

            _at_field_ = "top_logprobs"
            top_logprobs = d.pop("top_logprobs", UNSET)

            _at_field_ = "truncation"
            truncation = d.pop("truncation", UNSET)
            if not isinstance(truncation, (_NoneType, Unset)):

                def _truncation_member_0(data: object) -> Truncation:
                    if not isinstance(data, str):
                        raise TypeError()
                    truncation_type_0 = check_truncation(data)

                    return truncation_type_0

                truncation = _parse_union(
                    truncation,
                    (("Truncation", _truncation_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: OpenAIResponsesUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = OpenAIResponsesUsage.from_dict(_usage)

            _at_field_ = "user"
            user = d.pop("user", UNSET)
            if not isinstance(user, (str, _NoneType, Unset)):
                user = _parse_union(
                    user,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_responses_result = cls(
            completed_at=completed_at,
            created_at=created_at,
            error=error,
            frequency_penalty=frequency_penalty,
            id=id,
            incomplete_details=incomplete_details,
            instructions=instructions,
            metadata=metadata,
            model=model,
            object_=object_,
            output=output,
            parallel_tool_calls=parallel_tool_calls,
            presence_penalty=presence_penalty,
            status=status,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_p=top_p,
            background=background,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            output_text=output_text,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            reasoning=reasoning,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            store=store,
            text=text,
            top_logprobs=top_logprobs,
            truncation=truncation,
            usage=usage,
            user=user,
        )

        base_responses_result.additional_properties = d
        return base_responses_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ApplyPatchCallItem = _LazyModel(globals(), "modelgates_api.models.apply_patch_call_item", "ApplyPatchCallItem")
    ApplyPatchCallOutputItem = _LazyModel(
        globals(), "modelgates_api.models.apply_patch_call_output_item", "ApplyPatchCallOutputItem"
    )
    ApplyPatchServerTool = _LazyModel(
        globals(), "modelgates_api.models.apply_patch_server_tool", "ApplyPatchServerTool"
    )
    BaseInputsType1ItemType0 = _LazyModel(
        globals(), "modelgates_api.models.base_inputs_type_1_item_type_0", "BaseInputsType1ItemType0"
    )
    BaseReasoningConfig = _LazyModel(globals(), "modelgates_api.models.base_reasoning_config", "BaseReasoningConfig")
    BaseResponsesResultToolsItemType0 = _LazyModel(
        globals(), "modelgates_api.models.base_responses_result_tools_item_type_0", "BaseResponsesResultToolsItemType0"
    )
    CodeInterpreterServerTool = _LazyModel(
        globals(), "modelgates_api.models.code_interpreter_server_tool", "CodeInterpreterServerTool"
    )
    CodexLocalShellTool = _LazyModel(globals(), "modelgates_api.models.codex_local_shell_tool", "CodexLocalShellTool")
    ComputerUseServerTool = _LazyModel(
        globals(), "modelgates_api.models.computer_use_server_tool", "ComputerUseServerTool"
    )
    CustomTool = _LazyModel(globals(), "modelgates_api.models.custom_tool", "CustomTool")
    FileSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.file_search_server_tool", "FileSearchServerTool"
    )
    ImageGenerationServerTool = _LazyModel(
        globals(), "modelgates_api.models.image_generation_server_tool", "ImageGenerationServerTool"
    )
    IncompleteDetails = _LazyModel(globals(), "modelgates_api.models.incomplete_details", "IncompleteDetails")
    LegacyWebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.legacy_web_search_server_tool", "LegacyWebSearchServerTool"
    )
    McpServerTool = _LazyModel(globals(), "modelgates_api.models.mcp_server_tool", "McpServerTool")
    NamespaceTool = _LazyModel(globals(), "modelgates_api.models.namespace_tool", "NamespaceTool")
    OpenAIResponseCustomToolCall = _LazyModel(
        globals(), "modelgates_api.models.open_ai_response_custom_tool_call", "OpenAIResponseCustomToolCall"
    )
    OpenAIResponseCustomToolCallOutput = _LazyModel(
        globals(),
        "modelgates_api.models.open_ai_response_custom_tool_call_output",
        "OpenAIResponseCustomToolCallOutput",
    )
    OpenAIResponseFunctionToolCall = _LazyModel(
        globals(), "modelgates_api.models.open_ai_response_function_tool_call", "OpenAIResponseFunctionToolCall"
    )
    OpenAIResponseFunctionToolCallOutput = _LazyModel(
        globals(),
        "modelgates_api.models.open_ai_response_function_tool_call_output",
        "OpenAIResponseFunctionToolCallOutput",
    )
    OpenAIResponseInputMessageItem = _LazyModel(
        globals(), "modelgates_api.models.open_ai_response_input_message_item", "OpenAIResponseInputMessageItem"
    )
    OpenAIResponsesToolChoiceType3 = _LazyModel(
        globals(), "modelgates_api.models.open_ai_responses_tool_choice_type_3", "OpenAIResponsesToolChoiceType3"
    )
    OpenAIResponsesToolChoiceType4 = _LazyModel(
        globals(), "modelgates_api.models.open_ai_responses_tool_choice_type_4", "OpenAIResponsesToolChoiceType4"
    )
    OpenAIResponsesToolChoiceType6 = _LazyModel(
        globals(), "modelgates_api.models.open_ai_responses_tool_choice_type_6", "OpenAIResponsesToolChoiceType6"
    )
    OpenAIResponsesToolChoiceType7 = _LazyModel(
        globals(), "modelgates_api.models.open_ai_responses_tool_choice_type_7", "OpenAIResponsesToolChoiceType7"
    )
    OpenAIResponsesUsage = _LazyModel(
        globals(), "modelgates_api.models.open_ai_responses_usage", "OpenAIResponsesUsage"
    )
    OutputItemApplyPatchCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_apply_patch_call", "OutputItemApplyPatchCall"
    )
    OutputItemCodeInterpreterCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_code_interpreter_call", "OutputItemCodeInterpreterCall"
    )
    OutputItemCustomToolCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_custom_tool_call", "OutputItemCustomToolCall"
    )
    OutputItemFileSearchCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_file_search_call", "OutputItemFileSearchCall"
    )
    OutputItemFunctionCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_function_call", "OutputItemFunctionCall"
    )
    OutputItemImageGenerationCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_image_generation_call", "OutputItemImageGenerationCall"
    )
    OutputItemReasoning = _LazyModel(globals(), "modelgates_api.models.output_item_reasoning", "OutputItemReasoning")
    OutputItemWebSearchCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_web_search_call", "OutputItemWebSearchCall"
    )
    OutputMessage = _LazyModel(globals(), "modelgates_api.models.output_message", "OutputMessage")
    Preview20250311WebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.preview_20250311_web_search_server_tool", "Preview20250311WebSearchServerTool"
    )
    PreviewWebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.preview_web_search_server_tool", "PreviewWebSearchServerTool"
    )
    PromptCacheOptions = _LazyModel(globals(), "modelgates_api.models.prompt_cache_options", "PromptCacheOptions")
    RequestMetadata = _LazyModel(globals(), "modelgates_api.models.request_metadata", "RequestMetadata")
    ResponsesErrorField = _LazyModel(globals(), "modelgates_api.models.responses_error_field", "ResponsesErrorField")
    ShellServerTool = _LazyModel(globals(), "modelgates_api.models.shell_server_tool", "ShellServerTool")
    StoredPromptTemplate = _LazyModel(globals(), "modelgates_api.models.stored_prompt_template", "StoredPromptTemplate")
    TextConfig = _LazyModel(globals(), "modelgates_api.models.text_config", "TextConfig")
    ToolChoiceAllowed = _LazyModel(globals(), "modelgates_api.models.tool_choice_allowed", "ToolChoiceAllowed")
    WebSearchServerTool = _LazyModel(globals(), "modelgates_api.models.web_search_server_tool", "WebSearchServerTool")
