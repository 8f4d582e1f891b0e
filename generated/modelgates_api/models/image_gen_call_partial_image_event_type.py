from typing import Literal

from ..types import check_enum

ImageGenCallPartialImageEventType = Literal["response.image_generation_call.partial_image"] | str

IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES: set[ImageGenCallPartialImageEventType] = {
    "response.image_generation_call.partial_image",
}


def check_image_gen_call_partial_image_event_type(value: str) -> ImageGenCallPartialImageEventType:
    return check_enum(value, IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES, "ImageGenCallPartialImageEventType")
