from typing import Literal

from ..types import check_enum

ContentPartInputAudioType = Literal["input_audio"] | str

CONTENT_PART_INPUT_AUDIO_TYPE_VALUES: set[ContentPartInputAudioType] = {
    "input_audio",
}


def check_content_part_input_audio_type(value: str) -> ContentPartInputAudioType:
    return check_enum(value, CONTENT_PART_INPUT_AUDIO_TYPE_VALUES, "ContentPartInputAudioType")
