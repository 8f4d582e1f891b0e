from typing import Literal

InputVideoType = Literal["input_video"]

INPUT_VIDEO_TYPE_VALUES: set[InputVideoType] = {
    "input_video",
}


def check_input_video_type(value: str) -> InputVideoType:
    if value in INPUT_VIDEO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_VIDEO_TYPE_VALUES!r}"
    )
