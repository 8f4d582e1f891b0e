from typing import Literal

from ..types import check_enum

WebSearchEngine = Literal["exa", "native"] | str

WEB_SEARCH_ENGINE_VALUES: set[WebSearchEngine] = {
    "exa",
    "native",
}


def check_web_search_engine(value: str) -> WebSearchEngine:
    return check_enum(value, WEB_SEARCH_ENGINE_VALUES, "WebSearchEngine")
