from typing import Literal

OpenAIResponsesRefusalContentType = Literal["refusal"]

OPEN_AI_RESPONSES_REFUSAL_CONTENT_TYPE_VALUES: set[
    OpenAIResponsesRefusalContentType
] = {
    "refusal",
}


def check_open_ai_responses_refusal_content_type(
    value: str,
) -> OpenAIResponsesRefusalContentType:
    if value in OPEN_AI_RESPONSES_REFUSAL_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_REFUSAL_CONTENT_TYPE_VALUES!r}"
    )
