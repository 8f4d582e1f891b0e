from typing import Literal

WebSearchServerToolType = Literal["web_search_2025_08_26"]

WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[WebSearchServerToolType] = {
    "web_search_2025_08_26",
}


def check_web_search_server_tool_type(value: str) -> WebSearchServerToolType:
    if value in WEB_SEARCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
