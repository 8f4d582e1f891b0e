from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_result_role import MessagesResultRole, check_messages_result_role
from ..models.messages_result_type import MessagesResultType, check_messages_result_type
from ..models.or_anthropic_stop_reason import ORAnthropicStopReason, check_or_anthropic_stop_reason
from ..models.provider_name import ProviderName, check_provider_name
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

    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import AnthropicBashCodeExecutionToolResult
    from ..models.anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import AnthropicTextEditorCodeExecutionToolResult
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.messages_result_context_management_type_0 import MessagesResultContextManagementType0
    from ..models.messages_result_usage import MessagesResultUsage
    from ..models.open_router_metadata import OpenRouterMetadata
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from ..models.or_anthropic_server_tool_use_block import ORAnthropicServerToolUseBlock
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult


@_attrs_define(repr=False, eq=False)
class MessagesResult(_ModelBase):
    """Non-streaming response from the Anthropic Messages API with OpenRouter extensions

    Example:
        {'container': None, 'content': [{'citations': [], 'text': "Hello! I'm doing well, thank you for asking.",
            'type': 'text'}], 'id': 'msg_01XFDUDYJgAACzvnptvVoYEL', 'model': 'claude-sonnet-4-5-20250929', 'role':
            'assistant', 'stop_details': None, 'stop_reason': 'end_turn', 'stop_sequence': None, 'type': 'message', 'usage':
            {'cache_creation': None, 'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'inference_geo':
            None, 'input_tokens': 12, 'output_tokens': 15, 'output_tokens_details': None, 'server_tool_use': None,
            'service_tier': 'standard'}}

    """

    container: AnthropicContainer | None
    content: list[
        AnthropicAdvisorToolResult
        | AnthropicBashCodeExecutionToolResult
        | AnthropicCodeExecutionToolResult
        | AnthropicCompactionBlock
        | AnthropicContainerUpload
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlock
        | AnthropicTextEditorCodeExecutionToolResult
        | AnthropicThinkingBlock
        | AnthropicToolSearchToolResult
        | AnthropicToolUseBlock
        | AnthropicWebFetchToolResult
        | AnthropicWebSearchToolResult
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    ]
    id: str
    model: str
    role: MessagesResultRole
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: None | ORAnthropicStopReason
    stop_sequence: None | str
    type_: MessagesResultType
    usage: MessagesResultUsage
    context_management: MessagesResultContextManagementType0 | None | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    provider: ProviderName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "container",
        "content",
        "id",
        "model",
        "role",
        "stop_details",
        "stop_reason",
        "stop_sequence",
        ("type_", "type"),
        "usage",
        "context_management",
        "openrouter_metadata",
        "provider",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "container"
            container = d.pop("container")
            if not isinstance(container, (_NoneType,)):
                container = _parse_union(
                    container,
                    (("AnthropicContainer", AnthropicContainer),),
                    plain=(_NoneType,),
                )

            _at_field_ = "content"
            content = []
            _content = d.pop("content")
            for _content_item_data_index, content_item_data in enumerate(_as_list(_content)):
                try:
                    content_item = content_item_data
                    content_item = _parse_union(
                        content_item,
                        (
                            ("AnthropicTextBlock", AnthropicTextBlock),
                            ("AnthropicToolUseBlock", AnthropicToolUseBlock),
                            ("AnthropicThinkingBlock", AnthropicThinkingBlock),
                            ("AnthropicRedactedThinkingBlock", AnthropicRedactedThinkingBlock),
                            ("ORAnthropicServerToolUseBlock", ORAnthropicServerToolUseBlock),
                            ("AnthropicWebSearchToolResult", AnthropicWebSearchToolResult),
                            ("AnthropicWebFetchToolResult", AnthropicWebFetchToolResult),
                            ("AnthropicCodeExecutionToolResult", AnthropicCodeExecutionToolResult),
                            ("AnthropicBashCodeExecutionToolResult", AnthropicBashCodeExecutionToolResult),
                            ("AnthropicTextEditorCodeExecutionToolResult", AnthropicTextEditorCodeExecutionToolResult),
                            ("AnthropicToolSearchToolResult", AnthropicToolSearchToolResult),
                            ("AnthropicContainerUpload", AnthropicContainerUpload),
                            ("AnthropicCompactionBlock", AnthropicCompactionBlock),
                            ("AnthropicAdvisorToolResult", AnthropicAdvisorToolResult),
                            ("ORAnthropicShellToolResult", ORAnthropicShellToolResult),
                            ("ORAnthropicBashToolResult", ORAnthropicBashToolResult),
                        ),
                        tag=(
                            "type",
                            (
                                "text",
                                "tool_use",
                                "thinking",
                                "redacted_thinking",
                                "server_tool_use",
                                "web_search_tool_result",
                                "web_fetch_tool_result",
                                "code_execution_tool_result",
                                "bash_code_execution_tool_result",
                                "text_editor_code_execution_tool_result",
                                "tool_search_tool_result",
                                "container_upload",
                                "compaction",
                                "advisor_tool_result",
                                "openrouter_shell_tool_result",
                                "openrouter_bash_tool_result",
                            ),
                        ),
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _content_item_data_index)
                content.append(content_item)

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "role"
            role = check_messages_result_role(d.pop("role"))

            _at_field_ = "stop_details"
            stop_details = d.pop("stop_details")
            if not isinstance(stop_details, (_NoneType,)):
                stop_details = _parse_union(
                    stop_details,
                    (("AnthropicRefusalStopDetails", AnthropicRefusalStopDetails),),
                    plain=(_NoneType,),
                )

            _at_field_ = "stop_reason"
            stop_reason = d.pop("stop_reason")
            if not isinstance(stop_reason, (_NoneType,)):

                def _stop_reason_member_0(data: object) -> ORAnthropicStopReason:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reason_type_0 = check_or_anthropic_stop_reason(data)

                    return stop_reason_type_0

                stop_reason = _parse_union(
                    stop_reason,
                    (("ORAnthropicStopReason", _stop_reason_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "stop_sequence"
            stop_sequence = d.pop("stop_sequence")
            if not isinstance(stop_sequence, (str, _NoneType)):
                stop_sequence = _parse_union(
                    stop_sequence,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_messages_result_type(d.pop("type"))

            _at_field_ = "usage"
            usage = MessagesResultUsage.from_dict(d.pop("usage"))

            _at_field_ = "context_management"
            context_management = d.pop("context_management", UNSET)
            if not isinstance(context_management, (_NoneType, Unset)):
                context_management = _parse_union(
                    context_management,
                    (("MessagesResultContextManagementType0", MessagesResultContextManagementType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "openrouter_metadata"
            _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
            openrouter_metadata: OpenRouterMetadata | Unset
            if isinstance(_openrouter_metadata, Unset):
                openrouter_metadata = UNSET
            else:
                openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: ProviderName | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = check_provider_name(_provider)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_result = cls(
            container=container,
            content=content,
            id=id,
            model=model,
            role=role,
            stop_details=stop_details,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            type_=type_,
            usage=usage,
            context_management=context_management,
            openrouter_metadata=openrouter_metadata,
            provider=provider,
        )

        messages_result.additional_properties = d
        return messages_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicAdvisorToolResult = _LazyModel(
        globals(), "modelgates_api.models.anthropic_advisor_tool_result", "AnthropicAdvisorToolResult"
    )
    AnthropicBashCodeExecutionToolResult = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_bash_code_execution_tool_result",
        "AnthropicBashCodeExecutionToolResult",
    )
    AnthropicCodeExecutionToolResult = _LazyModel(
        globals(), "modelgates_api.models.anthropic_code_execution_tool_result", "AnthropicCodeExecutionToolResult"
    )
    AnthropicCompactionBlock = _LazyModel(
        globals(), "modelgates_api.models.anthropic_compaction_block", "AnthropicCompactionBlock"
    )
    AnthropicContainer = _LazyModel(globals(), "modelgates_api.models.anthropic_container", "AnthropicContainer")
    AnthropicContainerUpload = _LazyModel(
        globals(), "modelgates_api.models.anthropic_container_upload", "AnthropicContainerUpload"
    )
    AnthropicRedactedThinkingBlock = _LazyModel(
        globals(), "modelgates_api.models.anthropic_redacted_thinking_block", "AnthropicRedactedThinkingBlock"
    )
    AnthropicRefusalStopDetails = _LazyModel(
        globals(), "modelgates_api.models.anthropic_refusal_stop_details", "AnthropicRefusalStopDetails"
    )
    AnthropicTextBlock = _LazyModel(globals(), "modelgates_api.models.anthropic_text_block", "AnthropicTextBlock")
    AnthropicTextEditorCodeExecutionToolResult = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_text_editor_code_execution_tool_result",
        "AnthropicTextEditorCodeExecutionToolResult",
    )
    AnthropicThinkingBlock = _LazyModel(
        globals(), "modelgates_api.models.anthropic_thinking_block", "AnthropicThinkingBlock"
    )
    AnthropicToolSearchToolResult = _LazyModel(
        globals(), "modelgates_api.models.anthropic_tool_search_tool_result", "AnthropicToolSearchToolResult"
    )
    AnthropicToolUseBlock = _LazyModel(
        globals(), "modelgates_api.models.anthropic_tool_use_block", "AnthropicToolUseBlock"
    )
    AnthropicWebFetchToolResult = _LazyModel(
        globals(), "modelgates_api.models.anthropic_web_fetch_tool_result", "AnthropicWebFetchToolResult"
    )
    AnthropicWebSearchToolResult = _LazyModel(
        globals(), "modelgates_api.models.anthropic_web_search_tool_result", "AnthropicWebSearchToolResult"
    )
    MessagesResultContextManagementType0 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_result_context_management_type_0",
        "MessagesResultContextManagementType0",
    )
    MessagesResultUsage = _LazyModel(globals(), "modelgates_api.models.messages_result_usage", "MessagesResultUsage")
    OpenRouterMetadata = _LazyModel(globals(), "modelgates_api.models.open_router_metadata", "OpenRouterMetadata")
    ORAnthropicBashToolResult = _LazyModel(
        globals(), "modelgates_api.models.or_anthropic_bash_tool_result", "ORAnthropicBashToolResult"
    )
    ORAnthropicServerToolUseBlock = _LazyModel(
        globals(), "modelgates_api.models.or_anthropic_server_tool_use_block", "ORAnthropicServerToolUseBlock"
    )
    ORAnthropicShellToolResult = _LazyModel(
        globals(), "modelgates_api.models.or_anthropic_shell_tool_result", "ORAnthropicShellToolResult"
    )
