from typing import Literal

from ..types import check_enum

WebSearchCallSearchingEventType = Literal["response.web_search_call.searching"] | str

WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: set[WebSearchCallSearchingEventType] = {
    "response.web_search_call.searching",
}


def check_web_search_call_searching_event_type(value: str) -> WebSearchCallSearchingEventType:
    return check_enum(value, WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES, "WebSearchCallSearchingEventType")
