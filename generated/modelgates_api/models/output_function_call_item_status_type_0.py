from typing import Literal

from ..types import check_enum

OutputFunctionCallItemStatusType0 = Literal["completed"] | str

OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_0_VALUES: set[OutputFunctionCallItemStatusType0] = {
    "completed",
}


def check_output_function_call_item_status_type_0(value: str) -> OutputFunctionCallItemStatusType0:
    return check_enum(value, OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_0_VALUES, "OutputFunctionCallItemStatusType0")
