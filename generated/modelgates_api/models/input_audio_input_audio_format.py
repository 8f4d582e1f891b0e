from typing import Literal

from ..types import check_enum

InputAudioInputAudioFormat = Literal["mp3", "wav"] | str

INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES: set[InputAudioInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_input_audio_input_audio_format(value: str) -> InputAudioInputAudioFormat:
    return check_enum(value, INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES, "InputAudioInputAudioFormat")
