from typing import Literal

from ..types import check_enum

VideoGenerationResponseStatus = Literal["cancelled", "completed", "expired", "failed", "in_progress", "pending"] | str

VIDEO_GENERATION_RESPONSE_STATUS_VALUES: set[VideoGenerationResponseStatus] = {
    "cancelled",
    "completed",
    "expired",
    "failed",
    "in_progress",
    "pending",
}


def check_video_generation_response_status(value: str) -> VideoGenerationResponseStatus:
    return check_enum(value, VIDEO_GENERATION_RESPONSE_STATUS_VALUES, "VideoGenerationResponseStatus")
