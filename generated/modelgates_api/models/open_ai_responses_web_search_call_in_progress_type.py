from typing import Literal

from ..types import check_enum

OpenAIResponsesWebSearchCallInProgressType = Literal["response.web_search_call.in_progress"] | str

OPEN_AI_RESPONSES_WEB_SEARCH_CALL_IN_PROGRESS_TYPE_VALUES: set[OpenAIResponsesWebSearchCallInProgressType] = {
    "response.web_search_call.in_progress",
}


def check_open_ai_responses_web_search_call_in_progress_type(value: str) -> OpenAIResponsesWebSearchCallInProgressType:
    return check_enum(
        value, OPEN_AI_RESPONSES_WEB_SEARCH_CALL_IN_PROGRESS_TYPE_VALUES, "OpenAIResponsesWebSearchCallInProgressType"
    )
