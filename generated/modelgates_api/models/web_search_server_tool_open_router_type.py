from typing import Literal

from ..types import check_enum

WebSearchServerToolOpenRouterType = Literal["openrouter:web_search"] | str

WEB_SEARCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[WebSearchServerToolOpenRouterType] = {
    "openrouter:web_search",
}


def check_web_search_server_tool_open_router_type(value: str) -> WebSearchServerToolOpenRouterType:
    return check_enum(value, WEB_SEARCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "WebSearchServerToolOpenRouterType")
