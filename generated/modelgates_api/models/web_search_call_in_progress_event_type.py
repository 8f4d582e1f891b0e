from typing import Literal

WebSearchCallInProgressEventType = Literal["response.web_search_call.in_progress"]

WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[WebSearchCallInProgressEventType] = {
    "response.web_search_call.in_progress",
}


def check_web_search_call_in_progress_event_type(
    value: str,
) -> WebSearchCallInProgressEventType:
    if value in WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
