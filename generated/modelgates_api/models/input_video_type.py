from typing import Literal

from ..types import check_enum

InputVideoType = Literal["input_video"] | str

INPUT_VIDEO_TYPE_VALUES: set[InputVideoType] = {
    "input_video",
}


def check_input_video_type(value: str) -> InputVideoType:
    return check_enum(value, INPUT_VIDEO_TYPE_VALUES, "InputVideoType")
