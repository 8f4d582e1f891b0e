from typing import Literal

from ..types import check_enum

OutputItemCustomToolCallType = Literal["custom_tool_call"] | str

OUTPUT_ITEM_CUSTOM_TOOL_CALL_TYPE_VALUES: set[OutputItemCustomToolCallType] = {
    "custom_tool_call",
}


def check_output_item_custom_tool_call_type(value: str) -> OutputItemCustomToolCallType:
    return check_enum(value, OUTPUT_ITEM_CUSTOM_TOOL_CALL_TYPE_VALUES, "OutputItemCustomToolCallType")
