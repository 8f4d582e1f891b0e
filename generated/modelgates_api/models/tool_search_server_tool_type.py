from typing import Literal

from ..types import check_enum

ToolSearchServerToolType = Literal["openrouter:tool_search"] | str

TOOL_SEARCH_SERVER_TOOL_TYPE_VALUES: set[ToolSearchServerToolType] = {
    "openrouter:tool_search",
}


def check_tool_search_server_tool_type(value: str) -> ToolSearchServerToolType:
    return check_enum(value, TOOL_SEARCH_SERVER_TOOL_TYPE_VALUES, "ToolSearchServerToolType")
