from typing import Literal

from ..types import check_enum

CustomToolFormatType1Type = Literal["grammar"] | str

CUSTOM_TOOL_FORMAT_TYPE_1_TYPE_VALUES: set[CustomToolFormatType1Type] = {
    "grammar",
}


def check_custom_tool_format_type_1_type(value: str) -> CustomToolFormatType1Type:
    return check_enum(value, CUSTOM_TOOL_FORMAT_TYPE_1_TYPE_VALUES, "CustomToolFormatType1Type")
