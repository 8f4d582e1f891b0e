from typing import Literal

from ..types import check_enum

OpenAIResponsesImageGenCallGeneratingType = Literal["response.image_generation_call.generating"] | str

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_GENERATING_TYPE_VALUES: set[OpenAIResponsesImageGenCallGeneratingType] = {
    "response.image_generation_call.generating",
}


def check_open_ai_responses_image_gen_call_generating_type(value: str) -> OpenAIResponsesImageGenCallGeneratingType:
    return check_enum(
        value, OPEN_AI_RESPONSES_IMAGE_GEN_CALL_GENERATING_TYPE_VALUES, "OpenAIResponsesImageGenCallGeneratingType"
    )
