from typing import Literal

ContentPartVideoType = Literal["video_url"]

CONTENT_PART_VIDEO_TYPE_VALUES: set[ContentPartVideoType] = {
    "video_url",
}


def check_content_part_video_type(value: str) -> ContentPartVideoType:
    if value in CONTENT_PART_VIDEO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_PART_VIDEO_TYPE_VALUES!r}"
    )
