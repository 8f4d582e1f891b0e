from typing import Literal

from ..types import check_enum

InputImageDetail = Literal["auto", "high", "low", "original"] | str

INPUT_IMAGE_DETAIL_VALUES: set[InputImageDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_input_image_detail(value: str) -> InputImageDetail:
    return check_enum(value, INPUT_IMAGE_DETAIL_VALUES, "InputImageDetail")
