from typing import Literal

from ..types import check_enum

OutputFunctionCallItemType = Literal["function_call"] | str

OUTPUT_FUNCTION_CALL_ITEM_TYPE_VALUES: set[OutputFunctionCallItemType] = {
    "function_call",
}


def check_output_function_call_item_type(value: str) -> OutputFunctionCallItemType:
    return check_enum(value, OUTPUT_FUNCTION_CALL_ITEM_TYPE_VALUES, "OutputFunctionCallItemType")
