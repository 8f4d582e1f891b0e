from typing import Literal

from ..types import check_enum

OutputWebSearchServerToolItemType = Literal["openrouter:web_search"] | str

OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputWebSearchServerToolItemType] = {
    "openrouter:web_search",
}


def check_output_web_search_server_tool_item_type(value: str) -> OutputWebSearchServerToolItemType:
    return check_enum(value, OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputWebSearchServerToolItemType")
