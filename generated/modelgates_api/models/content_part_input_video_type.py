from typing import Literal

from ..types import check_enum

ContentPartInputVideoType = Literal["input_video"] | str

CONTENT_PART_INPUT_VIDEO_TYPE_VALUES: set[ContentPartInputVideoType] = {
    "input_video",
}


def check_content_part_input_video_type(value: str) -> ContentPartInputVideoType:
    return check_enum(value, CONTENT_PART_INPUT_VIDEO_TYPE_VALUES, "ContentPartInputVideoType")
