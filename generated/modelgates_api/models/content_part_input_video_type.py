from typing import Literal

ContentPartInputVideoType = Literal["input_video"]

CONTENT_PART_INPUT_VIDEO_TYPE_VALUES: set[ContentPartInputVideoType] = {
    "input_video",
}


def check_content_part_input_video_type(value: str) -> ContentPartInputVideoType:
    if value in CONTENT_PART_INPUT_VIDEO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_PART_INPUT_VIDEO_TYPE_VALUES!r}"
    )
