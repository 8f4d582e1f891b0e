from typing import Literal

from ..types import check_enum

ImageGenerationStatus = Literal["completed", "failed", "generating", "in_progress"] | str

IMAGE_GENERATION_STATUS_VALUES: set[ImageGenerationStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_image_generation_status(value: str) -> ImageGenerationStatus:
    return check_enum(value, IMAGE_GENERATION_STATUS_VALUES, "ImageGenerationStatus")
