from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.messages_content_block_start_event_type import (
    MessagesContentBlockStartEventType,
    check_messages_content_block_start_event_type,
)

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import (
        AnthropicBashCodeExecutionToolResult,
    )
    from ..models.anthropic_code_execution_tool_result import (
        AnthropicCodeExecutionToolResult,
    )
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import (
        AnthropicRedactedThinkingBlock,
    )
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult,
    )
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.messages_content_block_start_event_content_block_type_16 import (
        MessagesContentBlockStartEventContentBlockType16,
    )
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from ..models.or_anthropic_server_tool_use_block import (
        ORAnthropicServerToolUseBlock,
    )
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult


T = TypeVar("T", bound="MessagesContentBlockStartEvent")


@_attrs_define
class MessagesContentBlockStartEvent:
    """Event sent when a new content block starts

    Example:
        {'content_block': {'citations': [], 'text': '', 'type': 'text'}, 'index': 0, 'type': 'content_block_start'}

    Attributes:
        content_block (AnthropicAdvisorToolResult | AnthropicBashCodeExecutionToolResult |
            AnthropicCodeExecutionToolResult | AnthropicCompactionBlock | AnthropicContainerUpload |
            AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicTextEditorCodeExecutionToolResult |
            AnthropicThinkingBlock | AnthropicToolSearchToolResult | AnthropicToolUseBlock | AnthropicWebFetchToolResult |
            AnthropicWebSearchToolResult | MessagesContentBlockStartEventContentBlockType16 | ORAnthropicBashToolResult |
            ORAnthropicServerToolUseBlock | ORAnthropicShellToolResult):
        index (int):
        type_ (MessagesContentBlockStartEventType):
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
        from ..models.anthropic_bash_code_execution_tool_result import (
            AnthropicBashCodeExecutionToolResult,
        )
        from ..models.anthropic_code_execution_tool_result import (
            AnthropicCodeExecutionToolResult,
        )
        from ..models.anthropic_compaction_block import AnthropicCompactionBlock
        from ..models.anthropic_container_upload import AnthropicContainerUpload
        from ..models.anthropic_redacted_thinking_block import (
            AnthropicRedactedThinkingBlock,
        )
        from ..models.anthropic_text_block import AnthropicTextBlock
        from ..models.anthropic_text_editor_code_execution_tool_result import (
            AnthropicTextEditorCodeExecutionToolResult,
        )
        from ..models.anthropic_thinking_block import AnthropicThinkingBlock
        from ..models.anthropic_tool_search_tool_result import (
            AnthropicToolSearchToolResult,
        )
        from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
        from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
        from ..models.anthropic_web_search_tool_result import (
            AnthropicWebSearchToolResult,
        )
        from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
        from ..models.or_anthropic_server_tool_use_block import (
            ORAnthropicServerToolUseBlock,
        )
        from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult

        content_block: dict[str, Any]
        if (
            isinstance(self.content_block, AnthropicTextBlock)
            or isinstance(self.content_block, AnthropicToolUseBlock)
            or isinstance(self.content_block, AnthropicThinkingBlock)
            or isinstance(self.content_block, AnthropicRedactedThinkingBlock)
            or isinstance(self.content_block, ORAnthropicServerToolUseBlock)
            or isinstance(self.content_block, AnthropicWebSearchToolResult)
            or isinstance(self.content_block, AnthropicWebFetchToolResult)
            or isinstance(self.content_block, AnthropicCodeExecutionToolResult)
            or isinstance(self.content_block, AnthropicBashCodeExecutionToolResult)
            or isinstance(
                self.content_block, AnthropicTextEditorCodeExecutionToolResult
            )
            or isinstance(self.content_block, AnthropicToolSearchToolResult)
            or isinstance(self.content_block, AnthropicContainerUpload)
            or isinstance(self.content_block, AnthropicCompactionBlock)
            or isinstance(self.content_block, AnthropicAdvisorToolResult)
            or isinstance(self.content_block, ORAnthropicShellToolResult)
            or isinstance(self.content_block, ORAnthropicBashToolResult)
        ):
            content_block = self.content_block.to_dict()
        else:
            content_block = self.content_block.to_dict()

        index = self.index

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_block": content_block,
                "index": index,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
        from ..models.anthropic_bash_code_execution_tool_result import (
            AnthropicBashCodeExecutionToolResult,
        )
        from ..models.anthropic_code_execution_tool_result import (
            AnthropicCodeExecutionToolResult,
        )
        from ..models.anthropic_compaction_block import AnthropicCompactionBlock
        from ..models.anthropic_container_upload import AnthropicContainerUpload
        from ..models.anthropic_redacted_thinking_block import (
            AnthropicRedactedThinkingBlock,
        )
        from ..models.anthropic_text_block import AnthropicTextBlock
        from ..models.anthropic_text_editor_code_execution_tool_result import (
            AnthropicTextEditorCodeExecutionToolResult,
        )
        from ..models.anthropic_thinking_block import AnthropicThinkingBlock
        from ..models.anthropic_tool_search_tool_result import (
            AnthropicToolSearchToolResult,
        )
        from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
        from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
        from ..models.anthropic_web_search_tool_result import (
            AnthropicWebSearchToolResult,
        )
        from ..models.messages_content_block_start_event_content_block_type_16 import (
            MessagesContentBlockStartEventContentBlockType16,
        )
        from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
        from ..models.or_anthropic_server_tool_use_block import (
            ORAnthropicServerToolUseBlock,
        )
        from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult

        d = dict(src_dict)

        def _parse_content_block(
            data: object,
        ) -> (
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
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_0 = AnthropicTextBlock.from_dict(data)

                return content_block_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_1 = AnthropicToolUseBlock.from_dict(data)

                return content_block_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_2 = AnthropicThinkingBlock.from_dict(data)

                return content_block_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_3 = AnthropicRedactedThinkingBlock.from_dict(data)

                return content_block_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_4 = ORAnthropicServerToolUseBlock.from_dict(data)

                return content_block_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_5 = AnthropicWebSearchToolResult.from_dict(data)

                return content_block_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_6 = AnthropicWebFetchToolResult.from_dict(data)

                return content_block_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_7 = AnthropicCodeExecutionToolResult.from_dict(data)

                return content_block_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_8 = AnthropicBashCodeExecutionToolResult.from_dict(
                    data
                )

                return content_block_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_9 = (
                    AnthropicTextEditorCodeExecutionToolResult.from_dict(data)
                )

                return content_block_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_10 = AnthropicToolSearchToolResult.from_dict(data)

                return content_block_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_11 = AnthropicContainerUpload.from_dict(data)

                return content_block_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_12 = AnthropicCompactionBlock.from_dict(data)

                return content_block_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_13 = AnthropicAdvisorToolResult.from_dict(data)

                return content_block_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_14 = ORAnthropicShellToolResult.from_dict(data)

                return content_block_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_15 = ORAnthropicBashToolResult.from_dict(data)

                return content_block_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_block_type_16 = (
                MessagesContentBlockStartEventContentBlockType16.from_dict(data)
            )

            return content_block_type_16

        content_block = _parse_content_block(d.pop("content_block"))

        index = d.pop("index")

        type_ = check_messages_content_block_start_event_type(d.pop("type"))

        messages_content_block_start_event = cls(
            content_block=content_block,
            index=index,
            type_=type_,
        )

        messages_content_block_start_event.additional_properties = d
        return messages_content_block_start_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
