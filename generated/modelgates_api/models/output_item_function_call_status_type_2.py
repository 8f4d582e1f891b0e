from typing import Literal

from ..types import check_enum

OutputItemFunctionCallStatusType2 = Literal["in_progress"] | str

OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_2_VALUES: set[OutputItemFunctionCallStatusType2] = {
    "in_progress",
}


def check_output_item_function_call_status_type_2(value: str) -> OutputItemFunctionCallStatusType2:
    return check_enum(value, OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_2_VALUES, "OutputItemFunctionCallStatusType2")
