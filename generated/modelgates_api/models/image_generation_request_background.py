from typing import Literal

from ..types import check_enum

ImageGenerationRequestBackground = Literal["auto", "opaque", "transparent"] | str

IMAGE_GENERATION_REQUEST_BACKGROUND_VALUES: set[ImageGenerationRequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_generation_request_background(value: str) -> ImageGenerationRequestBackground:
    return check_enum(value, IMAGE_GENERATION_REQUEST_BACKGROUND_VALUES, "ImageGenerationRequestBackground")
