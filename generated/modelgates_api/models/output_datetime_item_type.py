from typing import Literal

from ..types import check_enum

OutputDatetimeItemType = Literal["openrouter:datetime"] | str

OUTPUT_DATETIME_ITEM_TYPE_VALUES: set[OutputDatetimeItemType] = {
    "openrouter:datetime",
}


def check_output_datetime_item_type(value: str) -> OutputDatetimeItemType:
    return check_enum(value, OUTPUT_DATETIME_ITEM_TYPE_VALUES, "OutputDatetimeItemType")
