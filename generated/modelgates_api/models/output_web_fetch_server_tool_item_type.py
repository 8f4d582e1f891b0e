from typing import Literal

from ..types import check_enum

OutputWebFetchServerToolItemType = Literal["openrouter:web_fetch"] | str

OUTPUT_WEB_FETCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputWebFetchServerToolItemType] = {
    "openrouter:web_fetch",
}


def check_output_web_fetch_server_tool_item_type(value: str) -> OutputWebFetchServerToolItemType:
    return check_enum(value, OUTPUT_WEB_FETCH_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputWebFetchServerToolItemType")
