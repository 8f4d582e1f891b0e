from typing import Literal

CustomToolFormatType1Syntax = Literal["lark", "regex"]

CUSTOM_TOOL_FORMAT_TYPE_1_SYNTAX_VALUES: set[CustomToolFormatType1Syntax] = {
    "lark",
    "regex",
}


def check_custom_tool_format_type_1_syntax(value: str) -> CustomToolFormatType1Syntax:
    if value in CUSTOM_TOOL_FORMAT_TYPE_1_SYNTAX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_FORMAT_TYPE_1_SYNTAX_VALUES!r}"
    )
