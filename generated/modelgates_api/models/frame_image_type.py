from typing import Literal

FrameImageType = Literal["image_url"]

FRAME_IMAGE_TYPE_VALUES: set[FrameImageType] = {
    "image_url",
}


def check_frame_image_type(value: str) -> FrameImageType:
    if value in FRAME_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAME_IMAGE_TYPE_VALUES!r}"
    )
