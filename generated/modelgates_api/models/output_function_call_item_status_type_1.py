from typing import Literal

from ..types import check_enum

OutputFunctionCallItemStatusType1 = Literal["incomplete"] | str

OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_1_VALUES: set[OutputFunctionCallItemStatusType1] = {
    "incomplete",
}


def check_output_function_call_item_status_type_1(value: str) -> OutputFunctionCallItemStatusType1:
    return check_enum(value, OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_1_VALUES, "OutputFunctionCallItemStatusType1")
