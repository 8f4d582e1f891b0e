from typing import Literal

from ..types import check_enum

InputImageType = Literal["input_image"] | str

INPUT_IMAGE_TYPE_VALUES: set[InputImageType] = {
    "input_image",
}


def check_input_image_type(value: str) -> InputImageType:
    return check_enum(value, INPUT_IMAGE_TYPE_VALUES, "InputImageType")
