from typing import Literal

ImageGenerationRequestQuality = Literal["auto", "high", "low", "medium"]

IMAGE_GENERATION_REQUEST_QUALITY_VALUES: set[ImageGenerationRequestQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_generation_request_quality(value: str) -> ImageGenerationRequestQuality:
    if value in IMAGE_GENERATION_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_REQUEST_QUALITY_VALUES!r}"
    )
