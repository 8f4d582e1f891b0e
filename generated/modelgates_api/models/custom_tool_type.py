from typing import Literal

from ..types import check_enum

CustomToolType = Literal["custom"] | str

CUSTOM_TOOL_TYPE_VALUES: set[CustomToolType] = {
    "custom",
}


def check_custom_tool_type(value: str) -> CustomToolType:
    return check_enum(value, CUSTOM_TOOL_TYPE_VALUES, "CustomToolType")
