from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_result_role import MessagesResultRole, check_messages_result_role
from ..models.messages_result_type import MessagesResultType, check_messages_result_type
from ..models.or_anthropic_stop_reason import ORAnthropicStopReason, check_or_anthropic_stop_reason
from ..models.provider_name import ProviderName, check_provider_name
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
else:
    AnthropicAdvisorToolResult = _LazyModel(globals(), "anthropic_advisor_tool_result", "AnthropicAdvisorToolResult")
    AnthropicBashCodeExecutionToolResult = _LazyModel(
        globals(), "anthropic_bash_code_execution_tool_result", "AnthropicBashCodeExecutionToolResult"
    )
    AnthropicCodeExecutionToolResult = _LazyModel(
        globals(), "anthropic_code_execution_tool_result", "AnthropicCodeExecutionToolResult"
    )
    AnthropicCompactionBlock = _LazyModel(globals(), "anthropic_compaction_block", "AnthropicCompactionBlock")
    AnthropicContainer = _LazyModel(globals(), "anthropic_container", "AnthropicContainer")
    AnthropicContainerUpload = _LazyModel(globals(), "anthropic_container_upload", "AnthropicContainerUpload")
    AnthropicRedactedThinkingBlock = _LazyModel(
        globals(), "anthropic_redacted_thinking_block", "AnthropicRedactedThinkingBlock"
    )
    AnthropicRefusalStopDetails = _LazyModel(globals(), "anthropic_refusal_stop_details", "AnthropicRefusalStopDetails")
    AnthropicTextBlock = _LazyModel(globals(), "anthropic_text_block", "AnthropicTextBlock")
    AnthropicTextEditorCodeExecutionToolResult = _LazyModel(
        globals(), "anthropic_text_editor_code_execution_tool_result", "AnthropicTextEditorCodeExecutionToolResult"
    )
    AnthropicThinkingBlock = _LazyModel(globals(), "anthropic_thinking_block", "AnthropicThinkingBlock")
    AnthropicToolSearchToolResult = _LazyModel(
        globals(), "anthropic_tool_search_tool_result", "AnthropicToolSearchToolResult"
    )
    AnthropicToolUseBlock = _LazyModel(globals(), "anthropic_tool_use_block", "AnthropicToolUseBlock")
    AnthropicWebFetchToolResult = _LazyModel(
        globals(), "anthropic_web_fetch_tool_result", "AnthropicWebFetchToolResult"
    )
    AnthropicWebSearchToolResult = _LazyModel(
        globals(), "anthropic_web_search_tool_result", "AnthropicWebSearchToolResult"
    )
    MessagesResultContextManagementType0 = _LazyModel(
        globals(), "messages_result_context_management_type_0", "MessagesResultContextManagementType0"
    )
    MessagesResultUsage = _LazyModel(globals(), "messages_result_usage", "MessagesResultUsage")
    OpenRouterMetadata = _LazyModel(globals(), "open_router_metadata", "OpenRouterMetadata")
    ORAnthropicBashToolResult = _LazyModel(globals(), "or_anthropic_bash_tool_result", "ORAnthropicBashToolResult")
    ORAnthropicServerToolUseBlock = _LazyModel(
        globals(), "or_anthropic_server_tool_use_block", "ORAnthropicServerToolUseBlock"
    )
    ORAnthropicShellToolResult = _LazyModel(globals(), "or_anthropic_shell_tool_result", "ORAnthropicShellToolResult")


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

    _required_ = (
        (
            "container",
            _union_field((("AnthropicContainer", AnthropicContainer),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "content",
            _list_field(
                _union_field(
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
            ),
        ),
        "id",
        "model",
        ("role", check_messages_result_role),
        (
            "stop_details",
            _union_field(
                (("AnthropicRefusalStopDetails", AnthropicRefusalStopDetails),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "stop_reason",
            _union_field(
                (("ORAnthropicStopReason", _guarded((str,), check_or_anthropic_stop_reason)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "stop_sequence",
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
        ("type", check_messages_result_type, "type_"),
        ("usage", _model_field(MessagesResultUsage)),
    )
    _optional_ = (
        (
            "context_management",
            _union_field(
                (("MessagesResultContextManagementType0", MessagesResultContextManagementType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("openrouter_metadata", _model_field(OpenRouterMetadata)),
        ("provider", check_provider_name),
    )
