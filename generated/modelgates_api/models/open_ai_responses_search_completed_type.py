from typing import Literal

OpenAIResponsesSearchCompletedType = Literal["response.web_search_call.completed"]

OPEN_AI_RESPONSES_SEARCH_COMPLETED_TYPE_VALUES: set[
    OpenAIResponsesSearchCompletedType
] = {
    "response.web_search_call.completed",
}


def check_open_ai_responses_search_completed_type(
    value: str,
) -> OpenAIResponsesSearchCompletedType:
    if value in OPEN_AI_RESPONSES_SEARCH_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_SEARCH_COMPLETED_TYPE_VALUES!r}"
    )
