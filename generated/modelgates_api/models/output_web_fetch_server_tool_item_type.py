from typing import Literal

OutputWebFetchServerToolItemType = Literal["openrouter:web_fetch"]

OUTPUT_WEB_FETCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputWebFetchServerToolItemType] = {
    "openrouter:web_fetch",
}


def check_output_web_fetch_server_tool_item_type(
    value: str,
) -> OutputWebFetchServerToolItemType:
    if value in OUTPUT_WEB_FETCH_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_FETCH_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
