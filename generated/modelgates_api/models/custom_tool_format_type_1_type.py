from typing import Literal

CustomToolFormatType1Type = Literal["grammar"]

CUSTOM_TOOL_FORMAT_TYPE_1_TYPE_VALUES: set[CustomToolFormatType1Type] = {
    "grammar",
}


def check_custom_tool_format_type_1_type(value: str) -> CustomToolFormatType1Type:
    if value in CUSTOM_TOOL_FORMAT_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_FORMAT_TYPE_1_TYPE_VALUES!r}"
    )
