from typing import Literal

WebSearchEngine = Literal["exa", "native"]

WEB_SEARCH_ENGINE_VALUES: set[WebSearchEngine] = {
    "exa",
    "native",
}


def check_web_search_engine(value: str) -> WebSearchEngine:
    if value in WEB_SEARCH_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_ENGINE_VALUES!r}"
    )
