from typing import Literal

from ..types import check_enum

CustomToolFormatType0Type = Literal["text"] | str

CUSTOM_TOOL_FORMAT_TYPE_0_TYPE_VALUES: set[CustomToolFormatType0Type] = {
    "text",
}


def check_custom_tool_format_type_0_type(value: str) -> CustomToolFormatType0Type:
    return check_enum(value, CUSTOM_TOOL_FORMAT_TYPE_0_TYPE_VALUES, "CustomToolFormatType0Type")
