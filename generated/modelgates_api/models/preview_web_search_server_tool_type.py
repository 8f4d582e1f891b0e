from typing import Literal

from ..types import check_enum

PreviewWebSearchServerToolType = Literal["web_search_preview"] | str

PREVIEW_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[PreviewWebSearchServerToolType] = {
    "web_search_preview",
}


def check_preview_web_search_server_tool_type(value: str) -> PreviewWebSearchServerToolType:
    return check_enum(value, PREVIEW_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES, "PreviewWebSearchServerToolType")
