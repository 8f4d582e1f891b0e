from typing import Literal

from ..types import check_enum

ImageGenPartialImageEventType = Literal["image_generation.partial_image"] | str

IMAGE_GEN_PARTIAL_IMAGE_EVENT_TYPE_VALUES: set[ImageGenPartialImageEventType] = {
    "image_generation.partial_image",
}


def check_image_gen_partial_image_event_type(value: str) -> ImageGenPartialImageEventType:
    return check_enum(value, IMAGE_GEN_PARTIAL_IMAGE_EVENT_TYPE_VALUES, "ImageGenPartialImageEventType")
