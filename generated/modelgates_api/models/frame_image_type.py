from typing import Literal

from ..types import check_enum

FrameImageType = Literal["image_url"] | str

FRAME_IMAGE_TYPE_VALUES: set[FrameImageType] = {
    "image_url",
}


def check_frame_image_type(value: str) -> FrameImageType:
    return check_enum(value, FRAME_IMAGE_TYPE_VALUES, "FrameImageType")
