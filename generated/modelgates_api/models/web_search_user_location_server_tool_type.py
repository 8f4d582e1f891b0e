from typing import Literal

from ..types import check_enum

WebSearchUserLocationServerToolType = Literal["approximate"] | str

WEB_SEARCH_USER_LOCATION_SERVER_TOOL_TYPE_VALUES: set[WebSearchUserLocationServerToolType] = {
    "approximate",
}


def check_web_search_user_location_server_tool_type(value: str) -> WebSearchUserLocationServerToolType:
    return check_enum(value, WEB_SEARCH_USER_LOCATION_SERVER_TOOL_TYPE_VALUES, "WebSearchUserLocationServerToolType")
