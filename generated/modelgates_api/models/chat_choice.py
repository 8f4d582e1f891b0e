from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_finish_reason import ChatFinishReason, check_chat_finish_reason
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.chat_assistant_response_message import ChatAssistantResponseMessage
    from ..models.chat_choice_logprobs_type_0 import ChatChoiceLogprobsType0
else:
    ChatAssistantResponseMessage = _LazyModel(
        globals(), "chat_assistant_response_message", "ChatAssistantResponseMessage"
    )
    ChatChoiceLogprobsType0 = _LazyModel(globals(), "chat_choice_logprobs_type_0", "ChatChoiceLogprobsType0")


@_attrs_define(repr=False, eq=False)
class ChatChoice(_ModelBase):
    """A completion choice.

    Attributes:
        message (ChatAssistantResponseMessage): The assistant message of a chat result choice.
        finish_reason (ChatFinishReason | None | str | Unset): Why the model stopped (null while unfinished).
        native_finish_reason (None | str | Unset): The finish reason as reported by the provider.
        logprobs (ChatChoiceLogprobsType0 | None | Unset): Log probability information, when requested.
    """

    index: int
    message: ChatAssistantResponseMessage
    finish_reason: ChatFinishReason | None | str | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    logprobs: ChatChoiceLogprobsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "index",
        ("message", _model_field(ChatAssistantResponseMessage)),
    )
    _optional_ = (
        (
            "finish_reason",
            _union_field(
                (("ChatFinishReason", _guarded((str,), check_chat_finish_reason)),),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(_NoneType,),
            ),
        ),
        (
            "native_finish_reason",
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
            "logprobs",
            _union_field(
                (("ChatChoiceLogprobsType0", ChatChoiceLogprobsType0),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
