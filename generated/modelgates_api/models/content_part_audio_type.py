from typing import Literal

from ..types import check_enum

ContentPartAudioType = Literal["audio_url"] | str

CONTENT_PART_AUDIO_TYPE_VALUES: set[ContentPartAudioType] = {
    "audio_url",
}


def check_content_part_audio_type(value: str) -> ContentPartAudioType:
    return check_enum(value, CONTENT_PART_AUDIO_TYPE_VALUES, "ContentPartAudioType")
