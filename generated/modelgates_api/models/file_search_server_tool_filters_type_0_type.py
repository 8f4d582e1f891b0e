from typing import Literal

from ..types import check_enum

FileSearchServerToolFiltersType0Type = Literal["eq", "gt", "gte", "lt", "lte", "ne"] | str

FILE_SEARCH_SERVER_TOOL_FILTERS_TYPE_0_TYPE_VALUES: set[FileSearchServerToolFiltersType0Type] = {
    "eq",
    "gt",
    "gte",
    "lt",
    "lte",
    "ne",
}


def check_file_search_server_tool_filters_type_0_type(value: str) -> FileSearchServerToolFiltersType0Type:
    return check_enum(value, FILE_SEARCH_SERVER_TOOL_FILTERS_TYPE_0_TYPE_VALUES, "FileSearchServerToolFiltersType0Type")
