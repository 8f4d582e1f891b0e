from typing import Literal

WebFetchEngineEnum = Literal[
    "auto", "exa", "firecrawl", "native", "openrouter", "parallel"
]

WEB_FETCH_ENGINE_ENUM_VALUES: set[WebFetchEngineEnum] = {
    "auto",
    "exa",
    "firecrawl",
    "native",
    "openrouter",
    "parallel",
}


def check_web_fetch_engine_enum(value: str) -> WebFetchEngineEnum:
    if value in WEB_FETCH_ENGINE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_FETCH_ENGINE_ENUM_VALUES!r}"
    )
