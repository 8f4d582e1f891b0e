from typing import Literal

VideoGenerationResponseStatus = Literal[
    "cancelled", "completed", "expired", "failed", "in_progress", "pending"
]

VIDEO_GENERATION_RESPONSE_STATUS_VALUES: set[VideoGenerationResponseStatus] = {
    "cancelled",
    "completed",
    "expired",
    "failed",
    "in_progress",
    "pending",
}


def check_video_generation_response_status(value: str) -> VideoGenerationResponseStatus:
    if value in VIDEO_GENERATION_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_GENERATION_RESPONSE_STATUS_VALUES!r}"
    )
