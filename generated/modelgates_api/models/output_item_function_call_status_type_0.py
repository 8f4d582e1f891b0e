from typing import Literal

from ..types import check_enum

OutputItemFunctionCallStatusType0 = Literal["completed"] | str

OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_0_VALUES: set[OutputItemFunctionCallStatusType0] = {
    "completed",
}


def check_output_item_function_call_status_type_0(value: str) -> OutputItemFunctionCallStatusType0:
    return check_enum(value, OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_0_VALUES, "OutputItemFunctionCallStatusType0")
