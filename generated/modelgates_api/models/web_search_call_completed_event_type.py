from typing import Literal

WebSearchCallCompletedEventType = Literal["response.web_search_call.completed"]

WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: set[WebSearchCallCompletedEventType] = {
    "response.web_search_call.completed",
}


def check_web_search_call_completed_event_type(
    value: str,
) -> WebSearchCallCompletedEventType:
    if value in WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
