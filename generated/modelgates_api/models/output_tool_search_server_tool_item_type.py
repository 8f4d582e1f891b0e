from typing import Literal

from ..types import check_enum

OutputToolSearchServerToolItemType = Literal["openrouter:tool_search"] | str

OUTPUT_TOOL_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputToolSearchServerToolItemType] = {
    "openrouter:tool_search",
}


def check_output_tool_search_server_tool_item_type(value: str) -> OutputToolSearchServerToolItemType:
    return check_enum(value, OUTPUT_TOOL_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputToolSearchServerToolItemType")
