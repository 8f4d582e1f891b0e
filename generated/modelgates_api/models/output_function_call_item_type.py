from typing import Literal

OutputFunctionCallItemType = Literal["function_call"]

OUTPUT_FUNCTION_CALL_ITEM_TYPE_VALUES: set[OutputFunctionCallItemType] = {
    "function_call",
}


def check_output_function_call_item_type(value: str) -> OutputFunctionCallItemType:
    if value in OUTPUT_FUNCTION_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FUNCTION_CALL_ITEM_TYPE_VALUES!r}"
    )
