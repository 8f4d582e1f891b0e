from typing import Literal

from ..types import check_enum

WebSearchStatus = Literal["completed", "failed", "in_progress", "searching"] | str

WEB_SEARCH_STATUS_VALUES: set[WebSearchStatus] = {
    "completed",
    "failed",
    "in_progress",
    "searching",
}


def check_web_search_status(value: str) -> WebSearchStatus:
    return check_enum(value, WEB_SEARCH_STATUS_VALUES, "WebSearchStatus")
