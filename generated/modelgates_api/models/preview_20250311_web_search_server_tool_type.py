from typing import Literal

Preview20250311WebSearchServerToolType = Literal["web_search_preview_2025_03_11"]

PREVIEW_20250311_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[
    Preview20250311WebSearchServerToolType
] = {
    "web_search_preview_2025_03_11",
}


def check_preview_20250311_web_search_server_tool_type(
    value: str,
) -> Preview20250311WebSearchServerToolType:
    if value in PREVIEW_20250311_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREVIEW_20250311_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
