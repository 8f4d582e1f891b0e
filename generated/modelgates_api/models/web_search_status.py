from typing import Literal

WebSearchStatus = Literal["completed", "failed", "in_progress", "searching"]

WEB_SEARCH_STATUS_VALUES: set[WebSearchStatus] = {
    "completed",
    "failed",
    "in_progress",
    "searching",
}


def check_web_search_status(value: str) -> WebSearchStatus:
    if value in WEB_SEARCH_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_STATUS_VALUES!r}"
    )
