from typing import Literal

ImageGenCallGeneratingEventType = Literal["response.image_generation_call.generating"]

IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES: set[ImageGenCallGeneratingEventType] = {
    "response.image_generation_call.generating",
}


def check_image_gen_call_generating_event_type(
    value: str,
) -> ImageGenCallGeneratingEventType:
    if value in IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES!r}"
    )
