from typing import Literal

CustomToolType = Literal["custom"]

CUSTOM_TOOL_TYPE_VALUES: set[CustomToolType] = {
    "custom",
}


def check_custom_tool_type(value: str) -> CustomToolType:
    if value in CUSTOM_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_TYPE_VALUES!r}"
    )
