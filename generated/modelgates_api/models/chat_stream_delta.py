from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

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
    from ..models.chat_reasoning_detail import ChatReasoningDetail
    from ..models.chat_response_image import ChatResponseImage
    from ..models.chat_stream_tool_call_delta import ChatStreamToolCallDelta
else:
    ChatReasoningDetail = _LazyModel(globals(), "chat_reasoning_detail", "ChatReasoningDetail")
    ChatResponseImage = _LazyModel(globals(), "chat_response_image", "ChatResponseImage")
    ChatStreamToolCallDelta = _LazyModel(globals(), "chat_stream_tool_call_delta", "ChatStreamToolCallDelta")


@_attrs_define(repr=False, eq=False)
class ChatStreamDelta(_ModelBase):
    """The incremental message content of a stream chunk.

    Attributes:
        role (None | str | Unset): Usually `assistant`, on the first chunk only.
    """

    role: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatStreamToolCallDelta] | Unset = UNSET
    images: list[ChatResponseImage] | Unset = UNSET
    reasoning_details: list[ChatReasoningDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "role",
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
            "content",
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
        ("tool_calls", _list_field(_model_field(ChatStreamToolCallDelta))),
        ("images", _list_field(_model_field(ChatResponseImage))),
        ("reasoning_details", _list_field(_model_field(ChatReasoningDetail))),
    )
