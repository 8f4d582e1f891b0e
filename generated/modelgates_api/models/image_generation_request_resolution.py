from typing import Literal

from ..types import check_enum

ImageGenerationRequestResolution = Literal["1K", "2K", "4K", "512"] | str

IMAGE_GENERATION_REQUEST_RESOLUTION_VALUES: set[ImageGenerationRequestResolution] = {
    "1K",
    "2K",
    "4K",
    "512",
}


def check_image_generation_request_resolution(value: str) -> ImageGenerationRequestResolution:
    return check_enum(value, IMAGE_GENERATION_REQUEST_RESOLUTION_VALUES, "ImageGenerationRequestResolution")
