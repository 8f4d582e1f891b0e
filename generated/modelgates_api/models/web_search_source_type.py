from typing import Literal

from ..types import check_enum

WebSearchSourceType = Literal["url"] | str

WEB_SEARCH_SOURCE_TYPE_VALUES: set[WebSearchSourceType] = {
    "url",
}


def check_web_search_source_type(value: str) -> WebSearchSourceType:
    return check_enum(value, WEB_SEARCH_SOURCE_TYPE_VALUES, "WebSearchSourceType")
