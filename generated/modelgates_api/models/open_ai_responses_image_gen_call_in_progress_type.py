from typing import Literal

from ..types import check_enum

OpenAIResponsesImageGenCallInProgressType = Literal["response.image_generation_call.in_progress"] | str

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_IN_PROGRESS_TYPE_VALUES: set[OpenAIResponsesImageGenCallInProgressType] = {
    "response.image_generation_call.in_progress",
}


def check_open_ai_responses_image_gen_call_in_progress_type(value: str) -> OpenAIResponsesImageGenCallInProgressType:
    return check_enum(
        value, OPEN_AI_RESPONSES_IMAGE_GEN_CALL_IN_PROGRESS_TYPE_VALUES, "OpenAIResponsesImageGenCallInProgressType"
    )
