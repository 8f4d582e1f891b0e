from typing import Literal

from ..types import check_enum

FunctionCallOutputItemType = Literal["function_call_output"] | str

FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES: set[FunctionCallOutputItemType] = {
    "function_call_output",
}


def check_function_call_output_item_type(value: str) -> FunctionCallOutputItemType:
    return check_enum(value, FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES, "FunctionCallOutputItemType")
