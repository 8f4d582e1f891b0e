from typing import Literal

from ..types import check_enum

ContentPartVideoType = Literal["video_url"] | str

CONTENT_PART_VIDEO_TYPE_VALUES: set[ContentPartVideoType] = {
    "video_url",
}


def check_content_part_video_type(value: str) -> ContentPartVideoType:
    return check_enum(value, CONTENT_PART_VIDEO_TYPE_VALUES, "ContentPartVideoType")
