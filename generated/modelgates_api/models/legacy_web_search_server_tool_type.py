from typing import Literal

from ..types import check_enum

LegacyWebSearchServerToolType = Literal["web_search"] | str

LEGACY_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[LegacyWebSearchServerToolType] = {
    "web_search",
}


def check_legacy_web_search_server_tool_type(value: str) -> LegacyWebSearchServerToolType:
    return check_enum(value, LEGACY_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES, "LegacyWebSearchServerToolType")
