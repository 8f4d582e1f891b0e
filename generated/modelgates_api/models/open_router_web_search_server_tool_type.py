from typing import Literal

OpenRouterWebSearchServerToolType = Literal["openrouter:web_search"]

OPEN_ROUTER_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[
    OpenRouterWebSearchServerToolType
] = {
    "openrouter:web_search",
}


def check_open_router_web_search_server_tool_type(
    value: str,
) -> OpenRouterWebSearchServerToolType:
    if value in OPEN_ROUTER_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_ROUTER_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
