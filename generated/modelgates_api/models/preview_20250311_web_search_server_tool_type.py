from typing import Literal

from ..types import check_enum

Preview20250311WebSearchServerToolType = Literal["web_search_preview_2025_03_11"] | str

PREVIEW_20250311_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[Preview20250311WebSearchServerToolType] = {
    "web_search_preview_2025_03_11",
}


def check_preview_20250311_web_search_server_tool_type(value: str) -> Preview20250311WebSearchServerToolType:
    return check_enum(
        value, PREVIEW_20250311_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES, "Preview20250311WebSearchServerToolType"
    )
