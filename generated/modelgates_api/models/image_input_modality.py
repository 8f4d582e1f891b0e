from typing import Literal

from ..types import check_enum

ImageInputModality = Literal["audio", "file", "image", "text", "video"] | str

IMAGE_INPUT_MODALITY_VALUES: set[ImageInputModality] = {
    "audio",
    "file",
    "image",
    "text",
    "video",
}


def check_image_input_modality(value: str) -> ImageInputModality:
    return check_enum(value, IMAGE_INPUT_MODALITY_VALUES, "ImageInputModality")
