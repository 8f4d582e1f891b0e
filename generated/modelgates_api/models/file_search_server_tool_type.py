from typing import Literal

FileSearchServerToolType = Literal["file_search"]

FILE_SEARCH_SERVER_TOOL_TYPE_VALUES: set[FileSearchServerToolType] = {
    "file_search",
}


def check_file_search_server_tool_type(value: str) -> FileSearchServerToolType:
    if value in FILE_SEARCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
