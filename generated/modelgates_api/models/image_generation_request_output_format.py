from typing import Literal

ImageGenerationRequestOutputFormat = Literal["jpeg", "png", "svg", "webp"]

IMAGE_GENERATION_REQUEST_OUTPUT_FORMAT_VALUES: set[
    ImageGenerationRequestOutputFormat
] = {
    "jpeg",
    "png",
    "svg",
    "webp",
}


def check_image_generation_request_output_format(
    value: str,
) -> ImageGenerationRequestOutputFormat:
    if value in IMAGE_GENERATION_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
