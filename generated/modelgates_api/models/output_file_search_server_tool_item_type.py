from typing import Literal

from ..types import check_enum

OutputFileSearchServerToolItemType = Literal["openrouter:file_search"] | str

OUTPUT_FILE_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputFileSearchServerToolItemType] = {
    "openrouter:file_search",
}


def check_output_file_search_server_tool_item_type(value: str) -> OutputFileSearchServerToolItemType:
    return check_enum(value, OUTPUT_FILE_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputFileSearchServerToolItemType")
