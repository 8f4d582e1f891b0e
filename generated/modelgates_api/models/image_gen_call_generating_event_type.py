from typing import Literal

from ..types import check_enum

ImageGenCallGeneratingEventType = Literal["response.image_generation_call.generating"] | str

IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES: set[ImageGenCallGeneratingEventType] = {
    "response.image_generation_call.generating",
}


def check_image_gen_call_generating_event_type(value: str) -> ImageGenCallGeneratingEventType:
    return check_enum(value, IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES, "ImageGenCallGeneratingEventType")
