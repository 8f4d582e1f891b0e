from typing import Literal

from ..types import check_enum

SpeechRequestResponseFormat = Literal["mp3", "pcm"] | str

SPEECH_REQUEST_RESPONSE_FORMAT_VALUES: set[SpeechRequestResponseFormat] = {
    "mp3",
    "pcm",
}


def check_speech_request_response_format(value: str) -> SpeechRequestResponseFormat:
    return check_enum(value, SPEECH_REQUEST_RESPONSE_FORMAT_VALUES, "SpeechRequestResponseFormat")
