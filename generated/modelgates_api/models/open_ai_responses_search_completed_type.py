from typing import Literal

from ..types import check_enum

OpenAIResponsesSearchCompletedType = Literal["response.web_search_call.completed"] | str

OPEN_AI_RESPONSES_SEARCH_COMPLETED_TYPE_VALUES: set[OpenAIResponsesSearchCompletedType] = {
    "response.web_search_call.completed",
}


def check_open_ai_responses_search_completed_type(value: str) -> OpenAIResponsesSearchCompletedType:
    return check_enum(value, OPEN_AI_RESPONSES_SEARCH_COMPLETED_TYPE_VALUES, "OpenAIResponsesSearchCompletedType")
