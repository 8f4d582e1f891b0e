from typing import Literal

ImageGenStreamErrorEventType = Literal["error"]

IMAGE_GEN_STREAM_ERROR_EVENT_TYPE_VALUES: set[ImageGenStreamErrorEventType] = {
    "error",
}


def check_image_gen_stream_error_event_type(value: str) -> ImageGenStreamErrorEventType:
    if value in IMAGE_GEN_STREAM_ERROR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_STREAM_ERROR_EVENT_TYPE_VALUES!r}"
    )
