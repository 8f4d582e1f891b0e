from typing import Literal

from ..types import check_enum

VideoGenerationRequestAspectRatio = Literal["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"] | str

VIDEO_GENERATION_REQUEST_ASPECT_RATIO_VALUES: set[VideoGenerationRequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_video_generation_request_aspect_ratio(value: str) -> VideoGenerationRequestAspectRatio:
    return check_enum(value, VIDEO_GENERATION_REQUEST_ASPECT_RATIO_VALUES, "VideoGenerationRequestAspectRatio")
