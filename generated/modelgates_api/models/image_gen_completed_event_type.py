from typing import Literal

from ..types import check_enum

ImageGenCompletedEventType = Literal["image_generation.completed"] | str

IMAGE_GEN_COMPLETED_EVENT_TYPE_VALUES: set[ImageGenCompletedEventType] = {
    "image_generation.completed",
}


def check_image_gen_completed_event_type(value: str) -> ImageGenCompletedEventType:
    return check_enum(value, IMAGE_GEN_COMPLETED_EVENT_TYPE_VALUES, "ImageGenCompletedEventType")
