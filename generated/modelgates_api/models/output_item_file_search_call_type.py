from typing import Literal

from ..types import check_enum

OutputItemFileSearchCallType = Literal["file_search_call"] | str

OUTPUT_ITEM_FILE_SEARCH_CALL_TYPE_VALUES: set[OutputItemFileSearchCallType] = {
    "file_search_call",
}


def check_output_item_file_search_call_type(value: str) -> OutputItemFileSearchCallType:
    return check_enum(value, OUTPUT_ITEM_FILE_SEARCH_CALL_TYPE_VALUES, "OutputItemFileSearchCallType")
