from typing import Literal

OpenAIResponsesImageGenCallCompletedType = Literal[
    "response.image_generation_call.completed"
]

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_COMPLETED_TYPE_VALUES: set[
    OpenAIResponsesImageGenCallCompletedType
] = {
    "response.image_generation_call.completed",
}


def check_open_ai_responses_image_gen_call_completed_type(
    value: str,
) -> OpenAIResponsesImageGenCallCompletedType:
    if value in OPEN_AI_RESPONSES_IMAGE_GEN_CALL_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_IMAGE_GEN_CALL_COMPLETED_TYPE_VALUES!r}"
    )
