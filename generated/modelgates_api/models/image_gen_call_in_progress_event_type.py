from typing import Literal

ImageGenCallInProgressEventType = Literal["response.image_generation_call.in_progress"]

IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[ImageGenCallInProgressEventType] = {
    "response.image_generation_call.in_progress",
}


def check_image_gen_call_in_progress_event_type(
    value: str,
) -> ImageGenCallInProgressEventType:
    if value in IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
