from typing import Literal

from ..types import check_enum

CustomToolCallItemType = Literal["custom_tool_call"] | str

CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES: set[CustomToolCallItemType] = {
    "custom_tool_call",
}


def check_custom_tool_call_item_type(value: str) -> CustomToolCallItemType:
    return check_enum(value, CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES, "CustomToolCallItemType")
