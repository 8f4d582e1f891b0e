from typing import Literal

from ..types import check_enum

FunctionCallItemType = Literal["function_call"] | str

FUNCTION_CALL_ITEM_TYPE_VALUES: set[FunctionCallItemType] = {
    "function_call",
}


def check_function_call_item_type(value: str) -> FunctionCallItemType:
    return check_enum(value, FUNCTION_CALL_ITEM_TYPE_VALUES, "FunctionCallItemType")
