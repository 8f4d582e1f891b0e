from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_assistant_message_role import (
    ChatAssistantMessageRole,
    check_chat_assistant_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_reasoning_detail import ChatReasoningDetail
    from ..models.chat_tool_call import ChatToolCall


T = TypeVar("T", bound="ChatAssistantMessage")


@_attrs_define
class ChatAssistantMessage:
    """A previous assistant turn in the conversation.

    Attributes:
        role (ChatAssistantMessageRole):
        content (list[ChatContentText] | None | str | Unset): Message text; may be null when the message only carries
            tool calls.
        name (str | Unset): Optional name of the participant.
        tool_calls (list[ChatToolCall] | Unset):
        refusal (None | str | Unset):
        reasoning (None | str | Unset): Reasoning text from a previous turn.
        reasoning_details (list[ChatReasoningDetail] | Unset): Structured reasoning blocks from a previous turn, passed
            back unchanged.
    """

    role: ChatAssistantMessageRole
    content: list[ChatContentText] | None | str | Unset = UNSET
    name: str | Unset = UNSET
    tool_calls: list[ChatToolCall] | Unset = UNSET
    refusal: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reasoning_details: list[ChatReasoningDetail] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        reasoning_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning_details, Unset):
            reasoning_details = []
            for reasoning_details_item_data in self.reasoning_details:
                reasoning_details_item = reasoning_details_item_data.to_dict()
                reasoning_details.append(reasoning_details_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_content_text import ChatContentText
        from ..models.chat_reasoning_detail import ChatReasoningDetail
        from ..models.chat_tool_call import ChatToolCall

        d = dict(src_dict)
        role = check_chat_assistant_message_role(d.pop("role"))

        def _parse_content(data: object) -> list[ChatContentText] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatContentText.from_dict(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatContentText] | None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        name = d.pop("name", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        def _parse_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        _reasoning_details = d.pop("reasoning_details", UNSET)
        reasoning_details: list[ChatReasoningDetail] | Unset = UNSET
        if _reasoning_details is not UNSET:
            reasoning_details = []
            for reasoning_details_item_data in _reasoning_details:
                reasoning_details_item = ChatReasoningDetail.from_dict(
                    reasoning_details_item_data
                )

                reasoning_details.append(reasoning_details_item)

        chat_assistant_message = cls(
            role=role,
            content=content,
            name=name,
            tool_calls=tool_calls,
            refusal=refusal,
            reasoning=reasoning,
            reasoning_details=reasoning_details,
        )

        return chat_assistant_message
