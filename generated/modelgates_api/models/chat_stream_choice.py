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
    from ..models.chat_stream_choice_logprobs_type_0 import ChatStreamChoiceLogprobsType0
    from ..models.chat_stream_delta import ChatStreamDelta
else:
    ChatStreamChoiceLogprobsType0 = _LazyModel(
        globals(), "chat_stream_choice_logprobs_type_0", "ChatStreamChoiceLogprobsType0"
    )
    ChatStreamDelta = _LazyModel(globals(), "chat_stream_delta", "ChatStreamDelta")


@_attrs_define(repr=False, eq=False)
class ChatStreamChoice(_ModelBase):
    """A choice of a stream chunk.

    Attributes:
        delta (ChatStreamDelta | Unset): The incremental message content of a stream chunk.
        finish_reason (ChatFinishReason | None | str | Unset): Set on the last content chunk.
    """

    index: int
    delta: ChatStreamDelta | Unset = UNSET
    finish_reason: ChatFinishReason | None | str | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    logprobs: ChatStreamChoiceLogprobsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("index",)
    _optional_ = (
        ("delta", _model_field(ChatStreamDelta)),
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
                (("ChatStreamChoiceLogprobsType0", ChatStreamChoiceLogprobsType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
