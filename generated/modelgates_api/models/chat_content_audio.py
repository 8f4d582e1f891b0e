from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_content_audio_type import ChatContentAudioType, check_chat_content_audio_type
from ..types import CLOSED, LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_input_audio import ChatInputAudio
else:
    ChatInputAudio = _LazyModel(globals(), "chat_input_audio", "ChatInputAudio")


@_attrs_define(repr=False, eq=False)
class ChatContentAudio(_ModelBase):
    """An audio content part.

    Attributes:
        input_audio (ChatInputAudio): Inline audio input.
    """

    type_: ChatContentAudioType
    input_audio: ChatInputAudio
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_chat_content_audio_type, "type_"),
        ("input_audio", _model_field(ChatInputAudio)),
    )
    _extras_ = CLOSED
