from typing import Literal

from ..types import check_enum

VideoGenerationRequestResolution = Literal["1080p", "1K", "2K", "480p", "4K", "720p", "768p"] | str

VIDEO_GENERATION_REQUEST_RESOLUTION_VALUES: set[VideoGenerationRequestResolution] = {
    "1080p",
    "1K",
    "2K",
    "480p",
    "4K",
    "720p",
    "768p",
}


def check_video_generation_request_resolution(value: str) -> VideoGenerationRequestResolution:
    return check_enum(value, VIDEO_GENERATION_REQUEST_RESOLUTION_VALUES, "VideoGenerationRequestResolution")
