from typing import Literal

LegacyWebSearchServerToolType = Literal["web_search"]

LEGACY_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES: set[LegacyWebSearchServerToolType] = {
    "web_search",
}


def check_legacy_web_search_server_tool_type(
    value: str,
) -> LegacyWebSearchServerToolType:
    if value in LEGACY_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_WEB_SEARCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
