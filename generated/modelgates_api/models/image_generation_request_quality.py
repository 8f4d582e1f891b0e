from typing import Literal

from ..types import check_enum

ImageGenerationRequestQuality = Literal["auto", "high", "low", "medium"] | str

IMAGE_GENERATION_REQUEST_QUALITY_VALUES: set[ImageGenerationRequestQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_generation_request_quality(value: str) -> ImageGenerationRequestQuality:
    return check_enum(value, IMAGE_GENERATION_REQUEST_QUALITY_VALUES, "ImageGenerationRequestQuality")
