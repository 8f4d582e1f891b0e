from typing import Literal

OutputFunctionCallItemStatusType0 = Literal["completed"]

OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_0_VALUES: set[
    OutputFunctionCallItemStatusType0
] = {
    "completed",
}


def check_output_function_call_item_status_type_0(
    value: str,
) -> OutputFunctionCallItemStatusType0:
    if value in OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_0_VALUES!r}"
    )
