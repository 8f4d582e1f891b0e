from typing import Literal

from ..types import check_enum

OpenAIResponsesRefusalContentType = Literal["refusal"] | str

OPEN_AI_RESPONSES_REFUSAL_CONTENT_TYPE_VALUES: set[OpenAIResponsesRefusalContentType] = {
    "refusal",
}


def check_open_ai_responses_refusal_content_type(value: str) -> OpenAIResponsesRefusalContentType:
    return check_enum(value, OPEN_AI_RESPONSES_REFUSAL_CONTENT_TYPE_VALUES, "OpenAIResponsesRefusalContentType")
