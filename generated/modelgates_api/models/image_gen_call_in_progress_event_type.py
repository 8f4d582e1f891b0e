from typing import Literal

from ..types import check_enum

ImageGenCallInProgressEventType = Literal["response.image_generation_call.in_progress"] | str

IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[ImageGenCallInProgressEventType] = {
    "response.image_generation_call.in_progress",
}


def check_image_gen_call_in_progress_event_type(value: str) -> ImageGenCallInProgressEventType:
    return check_enum(value, IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES, "ImageGenCallInProgressEventType")
