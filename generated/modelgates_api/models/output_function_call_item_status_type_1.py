from typing import Literal

OutputFunctionCallItemStatusType1 = Literal["incomplete"]

OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_1_VALUES: set[
    OutputFunctionCallItemStatusType1
] = {
    "incomplete",
}


def check_output_function_call_item_status_type_1(
    value: str,
) -> OutputFunctionCallItemStatusType1:
    if value in OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_1_VALUES!r}"
    )
