from typing import Literal

from ..types import check_enum

OpenAIResponsesImageGenCallPartialImageType = Literal["response.image_generation_call.partial_image"] | str

OPEN_AI_RESPONSES_IMAGE_GEN_CALL_PARTIAL_IMAGE_TYPE_VALUES: set[OpenAIResponsesImageGenCallPartialImageType] = {
    "response.image_generation_call.partial_image",
}


def check_open_ai_responses_image_gen_call_partial_image_type(
    value: str,
) -> OpenAIResponsesImageGenCallPartialImageType:
    return check_enum(
        value, OPEN_AI_RESPONSES_IMAGE_GEN_CALL_PARTIAL_IMAGE_TYPE_VALUES, "OpenAIResponsesImageGenCallPartialImageType"
    )
