from typing import Literal

ImageGenCallPartialImageEventType = Literal[
    "response.image_generation_call.partial_image"
]

IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES: set[
    ImageGenCallPartialImageEventType
] = {
    "response.image_generation_call.partial_image",
}


def check_image_gen_call_partial_image_event_type(
    value: str,
) -> ImageGenCallPartialImageEventType:
    if value in IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES!r}"
    )
