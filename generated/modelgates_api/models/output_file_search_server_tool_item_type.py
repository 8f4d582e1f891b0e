from typing import Literal

OutputFileSearchServerToolItemType = Literal["openrouter:file_search"]

OUTPUT_FILE_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputFileSearchServerToolItemType
] = {
    "openrouter:file_search",
}


def check_output_file_search_server_tool_item_type(
    value: str,
) -> OutputFileSearchServerToolItemType:
    if value in OUTPUT_FILE_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FILE_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
