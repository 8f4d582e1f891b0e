from typing import Literal

OutputFileSearchCallItemType = Literal["file_search_call"]

OUTPUT_FILE_SEARCH_CALL_ITEM_TYPE_VALUES: set[OutputFileSearchCallItemType] = {
    "file_search_call",
}


def check_output_file_search_call_item_type(value: str) -> OutputFileSearchCallItemType:
    if value in OUTPUT_FILE_SEARCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FILE_SEARCH_CALL_ITEM_TYPE_VALUES!r}"
    )
