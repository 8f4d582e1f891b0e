from typing import Literal

from ..types import check_enum

CustomToolFormatType1Syntax = Literal["lark", "regex"] | str

CUSTOM_TOOL_FORMAT_TYPE_1_SYNTAX_VALUES: set[CustomToolFormatType1Syntax] = {
    "lark",
    "regex",
}


def check_custom_tool_format_type_1_syntax(value: str) -> CustomToolFormatType1Syntax:
    return check_enum(value, CUSTOM_TOOL_FORMAT_TYPE_1_SYNTAX_VALUES, "CustomToolFormatType1Syntax")
