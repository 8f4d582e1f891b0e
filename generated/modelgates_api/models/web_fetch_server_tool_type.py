from typing import Literal

from ..types import check_enum

WebFetchServerToolType = Literal["openrouter:web_fetch"] | str

WEB_FETCH_SERVER_TOOL_TYPE_VALUES: set[WebFetchServerToolType] = {
    "openrouter:web_fetch",
}


def check_web_fetch_server_tool_type(value: str) -> WebFetchServerToolType:
    return check_enum(value, WEB_FETCH_SERVER_TOOL_TYPE_VALUES, "WebFetchServerToolType")
