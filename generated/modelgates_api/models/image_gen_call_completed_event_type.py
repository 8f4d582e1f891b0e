from typing import Literal

from ..types import check_enum

ImageGenCallCompletedEventType = Literal["response.image_generation_call.completed"] | str

IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES: set[ImageGenCallCompletedEventType] = {
    "response.image_generation_call.completed",
}


def check_image_gen_call_completed_event_type(value: str) -> ImageGenCallCompletedEventType:
    return check_enum(value, IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES, "ImageGenCallCompletedEventType")
