from typing import Literal

from ..types import check_enum

WebSearchEngineEnum = Literal["auto", "exa", "firecrawl", "native", "parallel", "perplexity"] | str

WEB_SEARCH_ENGINE_ENUM_VALUES: set[WebSearchEngineEnum] = {
    "auto",
    "exa",
    "firecrawl",
    "native",
    "parallel",
    "perplexity",
}


def check_web_search_engine_enum(value: str) -> WebSearchEngineEnum:
    return check_enum(value, WEB_SEARCH_ENGINE_ENUM_VALUES, "WebSearchEngineEnum")
