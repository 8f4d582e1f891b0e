from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_assistant_response_message_role import (
    ChatAssistantResponseMessageRole,
    check_chat_assistant_response_message_role,
)
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
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.chat_reasoning_detail import ChatReasoningDetail
    from ..models.chat_response_audio import ChatResponseAudio
    from ..models.chat_response_image import ChatResponseImage
    from ..models.chat_tool_call import ChatToolCall
else:
    ChatContentAudio = _LazyModel(globals(), "chat_content_audio", "ChatContentAudio")
    ChatContentFile = _LazyModel(globals(), "chat_content_file", "ChatContentFile")
    ChatContentImage = _LazyModel(globals(), "chat_content_image", "ChatContentImage")
    ChatContentText = _LazyModel(globals(), "chat_content_text", "ChatContentText")
    ChatContentVideo = _LazyModel(globals(), "chat_content_video", "ChatContentVideo")
    ChatReasoningDetail = _LazyModel(globals(), "chat_reasoning_detail", "ChatReasoningDetail")
    ChatResponseAudio = _LazyModel(globals(), "chat_response_audio", "ChatResponseAudio")
    ChatResponseImage = _LazyModel(globals(), "chat_response_image", "ChatResponseImage")
    ChatToolCall = _LazyModel(globals(), "chat_tool_call", "ChatToolCall")


@_attrs_define(repr=False, eq=False)
class ChatAssistantResponseMessage(_ModelBase):
    """The assistant message of a chat result choice.

    Attributes:
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo] | None
            | str | Unset): The generated text (null when the message only carries tool calls).
        reasoning (None | str | Unset): Reasoning text, for reasoning models.
        refusal (None | str | Unset): Refusal message, if the model refused.
    """

    role: ChatAssistantResponseMessageRole
    content: (
        list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo]
        | None
        | str
        | Unset
    ) = UNSET
    reasoning: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatToolCall] | Unset = UNSET
    images: list[ChatResponseImage] | Unset = UNSET
    audio: ChatResponseAudio | None | Unset = UNSET
    reasoning_details: list[ChatReasoningDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("role", check_chat_assistant_response_message_role),)
    _optional_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("ChatContentText", ChatContentText),
                                        ("ChatContentImage", ChatContentImage),
                                        ("ChatContentAudio", ChatContentAudio),
                                        ("ChatContentFile", ChatContentFile),
                                        ("ChatContentVideo", ChatContentVideo),
                                    ),
                                    tag=(
                                        "type",
                                        (
                                            "text",
                                            "image_url",
                                            "input_audio",
                                            "file",
                                            "video_url",
                                        ),
                                    ),
                                )
                            ),
                        ),
                    ),
                ),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(_NoneType,),
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
        ("tool_calls", _list_field(_model_field(ChatToolCall))),
        ("images", _list_field(_model_field(ChatResponseImage))),
        ("audio", _union_field((("ChatResponseAudio", ChatResponseAudio),), plain=(_NoneType,), skip=(_NoneType,))),
        ("reasoning_details", _list_field(_model_field(ChatReasoningDetail))),
    )
