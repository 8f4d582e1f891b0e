from typing import Literal

from ..types import check_enum

WebSearchCallCompletedEventType = Literal["response.web_search_call.completed"] | str

WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: set[WebSearchCallCompletedEventType] = {
    "response.web_search_call.completed",
}


def check_web_search_call_completed_event_type(value: str) -> WebSearchCallCompletedEventType:
    return check_enum(value, WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES, "WebSearchCallCompletedEventType")
