from typing import Literal

FileSearchServerToolFiltersType0Type = Literal["eq", "gt", "gte", "lt", "lte", "ne"]

FILE_SEARCH_SERVER_TOOL_FILTERS_TYPE_0_TYPE_VALUES: set[
    FileSearchServerToolFiltersType0Type
] = {
    "eq",
    "gt",
    "gte",
    "lt",
    "lte",
    "ne",
}


def check_file_search_server_tool_filters_type_0_type(
    value: str,
) -> FileSearchServerToolFiltersType0Type:
    if value in FILE_SEARCH_SERVER_TOOL_FILTERS_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_SERVER_TOOL_FILTERS_TYPE_0_TYPE_VALUES!r}"
    )
