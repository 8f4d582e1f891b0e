from typing import Literal

from ..types import check_enum

OpenRouterWebSearchServerToolType = Literal["openrouter:web_search"] | str

OPEN_ROUTER_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[OpenRouterWebSearchServerToolType] = {
    "openrouter:web_search",
}


def check_open_router_web_search_server_tool_type(value: str) -> OpenRouterWebSearchServerToolType:
    return check_enum(value, OPEN_ROUTER_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES, "OpenRouterWebSearchServerToolType")
