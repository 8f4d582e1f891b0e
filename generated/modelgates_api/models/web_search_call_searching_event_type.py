from typing import Literal

WebSearchCallSearchingEventType = Literal["response.web_search_call.searching"]

WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: set[WebSearchCallSearchingEventType] = {
    "response.web_search_call.searching",
}


def check_web_search_call_searching_event_type(
    value: str,
) -> WebSearchCallSearchingEventType:
    if value in WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES!r}"
    )
