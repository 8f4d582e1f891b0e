from typing import Literal

EnumCapabilityType = Literal["enum"]

ENUM_CAPABILITY_TYPE_VALUES: set[EnumCapabilityType] = {
    "enum",
}


def check_enum_capability_type(value: str) -> EnumCapabilityType:
    if value in ENUM_CAPABILITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENUM_CAPABILITY_TYPE_VALUES!r}"
    )
