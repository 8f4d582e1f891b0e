from typing import Literal

from ..types import check_enum

WebSearchServerToolType = Literal["web_search_2025_08_26"] | str

WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[WebSearchServerToolType] = {
    "web_search_2025_08_26",
}


def check_web_search_server_tool_type(value: str) -> WebSearchServerToolType:
    return check_enum(value, WEB_SEARCH_SERVER_TOOL_TYPE_VALUES, "WebSearchServerToolType")
