from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_content_audio_type import (
    ChatContentAudioType,
    check_chat_content_audio_type,
)

if TYPE_CHECKING:
    from ..models.chat_input_audio import ChatInputAudio


T = TypeVar("T", bound="ChatContentAudio")


@_attrs_define
class ChatContentAudio:
    """An audio content part.

    Attributes:
        type_ (ChatContentAudioType):
        input_audio (ChatInputAudio): Inline audio input.
    """

    type_: ChatContentAudioType
    input_audio: ChatInputAudio

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        input_audio = self.input_audio.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "input_audio": input_audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_input_audio import ChatInputAudio

        d = dict(src_dict)
        type_ = check_chat_content_audio_type(d.pop("type"))

        input_audio = ChatInputAudio.from_dict(d.pop("input_audio"))

        chat_content_audio = cls(
            type_=type_,
            input_audio=input_audio,
        )

        return chat_content_audio
