from typing import Literal

from ..types import check_enum

OutputItemFunctionCallStatusType1 = Literal["incomplete"] | str

OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_1_VALUES: set[OutputItemFunctionCallStatusType1] = {
    "incomplete",
}


def check_output_item_function_call_status_type_1(value: str) -> OutputItemFunctionCallStatusType1:
    return check_enum(value, OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_1_VALUES, "OutputItemFunctionCallStatusType1")
