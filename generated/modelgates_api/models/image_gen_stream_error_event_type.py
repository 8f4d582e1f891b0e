from typing import Literal

from ..types import check_enum

ImageGenStreamErrorEventType = Literal["error"] | str

IMAGE_GEN_STREAM_ERROR_EVENT_TYPE_VALUES: set[ImageGenStreamErrorEventType] = {
    "error",
}


def check_image_gen_stream_error_event_type(value: str) -> ImageGenStreamErrorEventType:
    return check_enum(value, IMAGE_GEN_STREAM_ERROR_EVENT_TYPE_VALUES, "ImageGenStreamErrorEventType")
