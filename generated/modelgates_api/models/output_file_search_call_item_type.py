from typing import Literal

from ..types import check_enum

OutputFileSearchCallItemType = Literal["file_search_call"] | str

OUTPUT_FILE_SEARCH_CALL_ITEM_TYPE_VALUES: set[OutputFileSearchCallItemType] = {
    "file_search_call",
}


def check_output_file_search_call_item_type(value: str) -> OutputFileSearchCallItemType:
    return check_enum(value, OUTPUT_FILE_SEARCH_CALL_ITEM_TYPE_VALUES, "OutputFileSearchCallItemType")
