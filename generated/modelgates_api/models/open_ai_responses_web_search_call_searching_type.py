from typing import Literal

from ..types import check_enum

OpenAIResponsesWebSearchCallSearchingType = Literal["response.web_search_call.searching"] | str

OPEN_AI_RESPONSES_WEB_SEARCH_CALL_SEARCHING_TYPE_VALUES: set[OpenAIResponsesWebSearchCallSearchingType] = {
    "response.web_search_call.searching",
}


def check_open_ai_responses_web_search_call_searching_type(value: str) -> OpenAIResponsesWebSearchCallSearchingType:
    return check_enum(
        value, OPEN_AI_RESPONSES_WEB_SEARCH_CALL_SEARCHING_TYPE_VALUES, "OpenAIResponsesWebSearchCallSearchingType"
    )
