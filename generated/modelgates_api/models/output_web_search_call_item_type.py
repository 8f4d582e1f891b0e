from typing import Literal

from ..types import check_enum

OutputWebSearchCallItemType = Literal["web_search_call"] | str

OUTPUT_WEB_SEARCH_CALL_ITEM_TYPE_VALUES: set[OutputWebSearchCallItemType] = {
    "web_search_call",
}


def check_output_web_search_call_item_type(value: str) -> OutputWebSearchCallItemType:
    return check_enum(value, OUTPUT_WEB_SEARCH_CALL_ITEM_TYPE_VALUES, "OutputWebSearchCallItemType")
