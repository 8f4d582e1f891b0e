from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_start_event_message_provider import (
    MessagesStartEventMessageProvider,
    check_messages_start_event_message_provider,
)
from ..models.messages_start_event_message_role import (
    MessagesStartEventMessageRole,
    check_messages_start_event_message_role,
)
from ..models.messages_start_event_message_type import (
    MessagesStartEventMessageType,
    check_messages_start_event_message_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
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
    from ..models.messages_start_event_message_usage import MessagesStartEventMessageUsage
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
    MessagesStartEventMessageUsage = _LazyModel(
        globals(), "messages_start_event_message_usage", "MessagesStartEventMessageUsage"
    )
    ORAnthropicBashToolResult = _LazyModel(globals(), "or_anthropic_bash_tool_result", "ORAnthropicBashToolResult")
    ORAnthropicServerToolUseBlock = _LazyModel(
        globals(), "or_anthropic_server_tool_use_block", "ORAnthropicServerToolUseBlock"
    )
    ORAnthropicShellToolResult = _LazyModel(globals(), "or_anthropic_shell_tool_result", "ORAnthropicShellToolResult")


@_attrs_define(repr=False, eq=False)
class MessagesStartEventMessage(_ModelBase):
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
    role: MessagesStartEventMessageRole
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: Any
    stop_sequence: Any
    type_: MessagesStartEventMessageType
    usage: MessagesStartEventMessageUsage
    provider: MessagesStartEventMessageProvider | Unset = UNSET
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
        ("role", check_messages_start_event_message_role),
        (
            "stop_details",
            _union_field(
                (("AnthropicRefusalStopDetails", AnthropicRefusalStopDetails),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        "stop_reason",
        "stop_sequence",
        ("type", check_messages_start_event_message_type, "type_"),
        ("usage", _model_field(MessagesStartEventMessageUsage)),
    )
    _optional_ = (("provider", check_messages_start_event_message_provider),)
