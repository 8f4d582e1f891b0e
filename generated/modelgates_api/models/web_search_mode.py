from typing import Literal

from ..types import check_enum

WebSearchMode = (
    Literal["advanced", "auto", "basic", "deep", "deep-lite", "deep-reasoning", "fast", "instant", "turbo"] | str
)

WEB_SEARCH_MODE_VALUES: set[WebSearchMode] = {
    "advanced",
    "auto",
    "basic",
    "deep",
    "deep-lite",
    "deep-reasoning",
    "fast",
    "instant",
    "turbo",
}


def check_web_search_mode(value: str) -> WebSearchMode:
    return check_enum(value, WEB_SEARCH_MODE_VALUES, "WebSearchMode")
