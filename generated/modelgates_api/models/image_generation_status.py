from typing import Literal

ImageGenerationStatus = Literal["completed", "failed", "generating", "in_progress"]

IMAGE_GENERATION_STATUS_VALUES: set[ImageGenerationStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_image_generation_status(value: str) -> ImageGenerationStatus:
    if value in IMAGE_GENERATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_STATUS_VALUES!r}"
    )
