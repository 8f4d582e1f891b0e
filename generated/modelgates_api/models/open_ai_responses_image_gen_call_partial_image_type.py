from typing import Literal

OpenAIResponsesImageGenCallPartialImageType = Literal[
    "response.image_generation_call.partial_image"
]

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_PARTIAL_IMAGE_TYPE_VALUES: set[
    OpenAIResponsesImageGenCallPartialImageType
] = {
    "response.image_generation_call.partial_image",
}


def check_open_ai_responses_image_gen_call_partial_image_type(
    value: str,
) -> OpenAIResponsesImageGenCallPartialImageType:
    if value in OPEN_AI_RESPONSES_IMAGE_GEN_CALL_PARTIAL_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_IMAGE_GEN_CALL_PARTIAL_IMAGE_TYPE_VALUES!r}"
    )
