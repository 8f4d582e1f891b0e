from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_assistant_message_role import ChatAssistantMessageRole, check_chat_assistant_message_role
from ..types import (
    CLOSED,
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
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_reasoning_detail import ChatReasoningDetail
    from ..models.chat_tool_call import ChatToolCall
else:
    ChatContentText = _LazyModel(globals(), "chat_content_text", "ChatContentText")
    ChatReasoningDetail = _LazyModel(globals(), "chat_reasoning_detail", "ChatReasoningDetail")
    ChatToolCall = _LazyModel(globals(), "chat_tool_call", "ChatToolCall")


@_attrs_define(repr=False, eq=False)
class ChatAssistantMessage(_ModelBase):
    """A previous assistant turn in the conversation.

    Attributes:
        content (list[ChatContentText] | None | str | Unset): Message text; may be null when the message only carries
            tool calls.
        name (str | Unset): Optional name of the participant.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("role", check_chat_assistant_message_role),)
    _optional_ = (
        (
            "content",
            _union_field(
                (("list[ChatContentText]", _guarded((list,), _list_field(_model_field(ChatContentText)))),),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(_NoneType,),
            ),
        ),
        "name",
        ("tool_calls", _list_field(_model_field(ChatToolCall))),
        (
            "refusal",
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
            "reasoning",
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
        ("reasoning_details", _list_field(_model_field(ChatReasoningDetail))),
    )
    _extras_ = CLOSED
