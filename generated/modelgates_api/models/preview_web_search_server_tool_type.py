from typing import Literal

PreviewWebSearchServerToolType = Literal["web_search_preview"]

PREVIEW_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[PreviewWebSearchServerToolType] = {
    "web_search_preview",
}


def check_preview_web_search_server_tool_type(
    value: str,
) -> PreviewWebSearchServerToolType:
    if value in PREVIEW_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREVIEW_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
