from typing import Literal

from ..types import check_enum

OutputItemWebSearchCallType = Literal["web_search_call"] | str

OUTPUT_ITEM_WEB_SEARCH_CALL_TYPE_VALUES: set[OutputItemWebSearchCallType] = {
    "web_search_call",
}


def check_output_item_web_search_call_type(value: str) -> OutputItemWebSearchCallType:
    return check_enum(value, OUTPUT_ITEM_WEB_SEARCH_CALL_TYPE_VALUES, "OutputItemWebSearchCallType")
