from typing import Literal

from ..types import check_enum

ChatContentAudioType = Literal["input_audio"] | str

CHAT_CONTENT_AUDIO_TYPE_VALUES: set[ChatContentAudioType] = {
    "input_audio",
}


def check_chat_content_audio_type(value: str) -> ChatContentAudioType:
    return check_enum(value, CHAT_CONTENT_AUDIO_TYPE_VALUES, "ChatContentAudioType")
