from typing import Literal

OutputItemCustomToolCallType = Literal["custom_tool_call"]

OUTPUT_ITEM_CUSTOM_TOOL_CALL_TYPE_VALUES: set[OutputItemCustomToolCallType] = {
    "custom_tool_call",
}


def check_output_item_custom_tool_call_type(value: str) -> OutputItemCustomToolCallType:
    if value in OUTPUT_ITEM_CUSTOM_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_CUSTOM_TOOL_CALL_TYPE_VALUES!r}"
    )
