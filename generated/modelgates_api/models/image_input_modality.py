from typing import Literal

ImageInputModality = Literal["audio", "file", "image", "text", "video"]

IMAGE_INPUT_MODALITY_VALUES: set[ImageInputModality] = {
    "audio",
    "file",
    "image",
    "text",
    "video",
}


def check_image_input_modality(value: str) -> ImageInputModality:
    if value in IMAGE_INPUT_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_INPUT_MODALITY_VALUES!r}"
    )
