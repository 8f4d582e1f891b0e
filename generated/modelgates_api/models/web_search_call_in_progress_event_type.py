from typing import Literal

from ..types import check_enum

WebSearchCallInProgressEventType = Literal["response.web_search_call.in_progress"] | str

WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[WebSearchCallInProgressEventType] = {
    "response.web_search_call.in_progress",
}


def check_web_search_call_in_progress_event_type(value: str) -> WebSearchCallInProgressEventType:
    return check_enum(value, WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES, "WebSearchCallInProgressEventType")
