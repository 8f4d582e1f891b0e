from typing import Literal

OutputFunctionCallItemStatusType2 = Literal["in_progress"]

OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_2_VALUES: set[
    OutputFunctionCallItemStatusType2
] = {
    "in_progress",
}


def check_output_function_call_item_status_type_2(
    value: str,
) -> OutputFunctionCallItemStatusType2:
    if value in OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FUNCTION_CALL_ITEM_STATUS_TYPE_2_VALUES!r}"
    )
