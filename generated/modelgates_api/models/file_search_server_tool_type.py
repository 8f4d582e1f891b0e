from typing import Literal

from ..types import check_enum

FileSearchServerToolType = Literal["file_search"] | str

FILE_SEARCH_SERVER_TOOL_TYPE_VALUES: set[FileSearchServerToolType] = {
    "file_search",
}


def check_file_search_server_tool_type(value: str) -> FileSearchServerToolType:
    return check_enum(value, FILE_SEARCH_SERVER_TOOL_TYPE_VALUES, "FileSearchServerToolType")
