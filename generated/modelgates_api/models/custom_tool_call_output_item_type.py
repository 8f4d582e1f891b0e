from typing import Literal

from ..types import check_enum

CustomToolCallOutputItemType = Literal["custom_tool_call_output"] | str

CUSTOM_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[CustomToolCallOutputItemType] = {
    "custom_tool_call_output",
}


def check_custom_tool_call_output_item_type(value: str) -> CustomToolCallOutputItemType:
    return check_enum(value, CUSTOM_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES, "CustomToolCallOutputItemType")
