from typing import Literal

CustomToolFormatType0Type = Literal["text"]

CUSTOM_TOOL_FORMAT_TYPE_0_TYPE_VALUES: set[CustomToolFormatType0Type] = {
    "text",
}


def check_custom_tool_format_type_0_type(value: str) -> CustomToolFormatType0Type:
    if value in CUSTOM_TOOL_FORMAT_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_FORMAT_TYPE_0_TYPE_VALUES!r}"
    )
