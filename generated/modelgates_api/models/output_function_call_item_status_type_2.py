from typing import Literal

from ..types import check_enum

OutputFunctionCallItemStatusType2 = Literal["in_progress"] | str

OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_2_VALUES: set[OutputFunctionCallItemStatusType2] = {
    "in_progress",
}


def check_output_function_call_item_status_type_2(value: str) -> OutputFunctionCallItemStatusType2:
    return check_enum(value, OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_2_VALUES, "OutputFunctionCallItemStatusType2")
