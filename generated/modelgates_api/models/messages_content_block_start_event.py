from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_start_event_type import (
    MessagesContentBlockStartEventType,
    check_messages_content_block_start_event_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import AnthropicBashCodeExecutionToolResult
    from ..models.anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import AnthropicTextEditorCodeExecutionToolResult
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.messages_content_block_start_event_content_block_type_16 import (
        MessagesContentBlockStartEventContentBlockType16,
    )
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
    AnthropicContainerUpload = _LazyModel(globals(), "anthropic_container_upload", "AnthropicContainerUpload")
    AnthropicRedactedThinkingBlock = _LazyModel(
        globals(), "anthropic_redacted_thinking_block", "AnthropicRedactedThinkingBlock"
    )
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
    MessagesContentBlockStartEventContentBlockType16 = _LazyModel(
        globals(),
        "messages_content_block_start_event_content_block_type_16",
        "MessagesContentBlockStartEventContentBlockType16",
    )
    ORAnthropicBashToolResult = _LazyModel(globals(), "or_anthropic_bash_tool_result", "ORAnthropicBashToolResult")
    ORAnthropicServerToolUseBlock = _LazyModel(
        globals(), "or_anthropic_server_tool_use_block", "ORAnthropicServerToolUseBlock"
    )
    ORAnthropicShellToolResult = _LazyModel(globals(), "or_anthropic_shell_tool_result", "ORAnthropicShellToolResult")


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockStartEvent(_ModelBase):
    """Event sent when a new content block starts

    Example:
        {'content_block': {'citations': [], 'text': '', 'type': 'text'}, 'index': 0, 'type': 'content_block_start'}

    """

    content_block: (
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
        | MessagesContentBlockStartEventContentBlockType16
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    )
    index: int
    type_: MessagesContentBlockStartEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content_block",
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
                    (
                        "MessagesContentBlockStartEventContentBlockType16",
                        MessagesContentBlockStartEventContentBlockType16,
                    ),
                )
            ),
        ),
        "index",
        ("type", check_messages_content_block_start_event_type, "type_"),
    )
