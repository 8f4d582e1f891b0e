from typing import Literal

ImageGenerationRequestResolution = Literal["1K", "2K", "4K", "512"]

IMAGE_GENERATION_REQUEST_RESOLUTION_VALUES: set[ImageGenerationRequestResolution] = {
    "1K",
    "2K",
    "4K",
    "512",
}


def check_image_generation_request_resolution(
    value: str,
) -> ImageGenerationRequestResolution:
    if value in IMAGE_GENERATION_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_REQUEST_RESOLUTION_VALUES!r}"
    )
