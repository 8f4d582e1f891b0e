from typing import Literal

from ..types import check_enum

OutputItemFunctionCallType = Literal["function_call"] | str

OUTPUT_ITEM_FUNCTION_CALL_TYPE_VALUES: set[OutputItemFunctionCallType] = {
    "function_call",
}


def check_output_item_function_call_type(value: str) -> OutputItemFunctionCallType:
    return check_enum(value, OUTPUT_ITEM_FUNCTION_CALL_TYPE_VALUES, "OutputItemFunctionCallType")
