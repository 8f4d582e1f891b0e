from typing import Literal

from ..types import check_enum

ImageGenerationRequestOutputFormat = Literal["jpeg", "png", "svg", "webp"] | str

IMAGE_GENERATION_REQUEST_OUTPUT_FORMAT_VALUES: set[ImageGenerationRequestOutputFormat] = {
    "jpeg",
    "png",
    "svg",
    "webp",
}


def check_image_generation_request_output_format(value: str) -> ImageGenerationRequestOutputFormat:
    return check_enum(value, IMAGE_GENERATION_REQUEST_OUTPUT_FORMAT_VALUES, "ImageGenerationRequestOutputFormat")
