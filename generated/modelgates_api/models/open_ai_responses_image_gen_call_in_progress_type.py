from typing import Literal

OpenAIResponsesImageGenCallInProgressType = Literal[
    "response.image_generation_call.in_progress"
]

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_IN_PROGRESS_TYPE_VALUES: set[
    OpenAIResponsesImageGenCallInProgressType
] = {
    "response.image_generation_call.in_progress",
}


def check_open_ai_responses_image_gen_call_in_progress_type(
    value: str,
) -> OpenAIResponsesImageGenCallInProgressType:
    if value in OPEN_AI_RESPONSES_IMAGE_GEN_CALL_IN_PROGRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_IMAGE_GEN_CALL_IN_PROGRESS_TYPE_VALUES!r}"
    )
