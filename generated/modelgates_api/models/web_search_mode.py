from typing import Literal

WebSearchMode = Literal[
    "advanced",
    "auto",
    "basic",
    "deep",
    "deep-lite",
    "deep-reasoning",
    "fast",
    "instant",
    "turbo",
]

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
    if value in WEB_SEARCH_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_MODE_VALUES!r}"
    )
