from typing import Literal

from ..types import check_enum

InputAudioType = Literal["input_audio"] | str

INPUT_AUDIO_TYPE_VALUES: set[InputAudioType] = {
    "input_audio",
}


def check_input_audio_type(value: str) -> InputAudioType:
    return check_enum(value, INPUT_AUDIO_TYPE_VALUES, "InputAudioType")
