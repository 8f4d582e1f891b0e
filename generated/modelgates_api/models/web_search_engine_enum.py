from typing import Literal

WebSearchEngineEnum = Literal[
    "auto", "exa", "firecrawl", "native", "parallel", "perplexity"
]

WEB_SEARCH_ENGINE_ENUM_VALUES: set[WebSearchEngineEnum] = {
    "auto",
    "exa",
    "firecrawl",
    "native",
    "parallel",
    "perplexity",
}


def check_web_search_engine_enum(value: str) -> WebSearchEngineEnum:
    if value in WEB_SEARCH_ENGINE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_ENGINE_ENUM_VALUES!r}"
    )
