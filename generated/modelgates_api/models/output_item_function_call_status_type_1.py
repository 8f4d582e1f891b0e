from typing import Literal

OutputItemFunctionCallStatusType1 = Literal["incomplete"]

OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_1_VALUES: set[
    OutputItemFunctionCallStatusType1
] = {
    "incomplete",
}


def check_output_item_function_call_status_type_1(
    value: str,
) -> OutputItemFunctionCallStatusType1:
    if value in OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_1_VALUES!r}"
    )
