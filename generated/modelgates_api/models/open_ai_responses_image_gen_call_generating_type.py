from typing import Literal

OpenAIResponsesImageGenCallGeneratingType = Literal[
    "response.image_generation_call.generating"
]

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_GENERATING_TYPE_VALUES: set[
    OpenAIResponsesImageGenCallGeneratingType
] = {
    "response.image_generation_call.generating",
}


def check_open_ai_responses_image_gen_call_generating_type(
    value: str,
) -> OpenAIResponsesImageGenCallGeneratingType:
    if value in OPEN_AI_RESPONSES_IMAGE_GEN_CALL_GENERATING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_IMAGE_GEN_CALL_GENERATING_TYPE_VALUES!r}"
    )
