from typing import Literal

from ..types import check_enum

WebFetchEngineEnum = Literal["auto", "exa", "firecrawl", "native", "openrouter", "parallel"] | str

WEB_FETCH_ENGINE_ENUM_VALUES: set[WebFetchEngineEnum] = {
    "auto",
    "exa",
    "firecrawl",
    "native",
    "openrouter",
    "parallel",
}


def check_web_fetch_engine_enum(value: str) -> WebFetchEngineEnum:
    return check_enum(value, WEB_FETCH_ENGINE_ENUM_VALUES, "WebFetchEngineEnum")
