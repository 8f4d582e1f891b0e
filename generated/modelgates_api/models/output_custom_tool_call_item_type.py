from typing import Literal

from ..types import check_enum

OutputCustomToolCallItemType = Literal["custom_tool_call"] | str

OUTPUT_CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES: set[OutputCustomToolCallItemType] = {
    "custom_tool_call",
}


def check_output_custom_tool_call_item_type(value: str) -> OutputCustomToolCallItemType:
    return check_enum(value, OUTPUT_CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES, "OutputCustomToolCallItemType")
