from typing import Literal

from ..types import check_enum

OpenAIResponsesImageGenCallCompletedType = Literal["response.image_generation_call.completed"] | str

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_COMPLETED_TYPE_VALUES: set[OpenAIResponsesImageGenCallCompletedType] = {
    "response.image_generation_call.completed",
}


def check_open_ai_responses_image_gen_call_completed_type(value: str) -> OpenAIResponsesImageGenCallCompletedType:
    return check_enum(
        value, OPEN_AI_RESPONSES_IMAGE_GEN_CALL_COMPLETED_TYPE_VALUES, "OpenAIResponsesImageGenCallCompletedType"
    )
