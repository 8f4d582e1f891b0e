from typing import Literal

from ..types import check_enum

FrameImageFrameType = Literal["first_frame", "last_frame"] | str

FRAME_IMAGE_FRAME_TYPE_VALUES: set[FrameImageFrameType] = {
    "first_frame",
    "last_frame",
}


def check_frame_image_frame_type(value: str) -> FrameImageFrameType:
    return check_enum(value, FRAME_IMAGE_FRAME_TYPE_VALUES, "FrameImageFrameType")
