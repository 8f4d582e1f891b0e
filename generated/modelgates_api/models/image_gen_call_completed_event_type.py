from typing import Literal

ImageGenCallCompletedEventType = Literal["response.image_generation_call.completed"]

IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES: set[ImageGenCallCompletedEventType] = {
    "response.image_generation_call.completed",
}


def check_image_gen_call_completed_event_type(
    value: str,
) -> ImageGenCallCompletedEventType:
    if value in IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
