from typing import Literal

from ..types import check_enum

EnumCapabilityType = Literal["enum"] | str

ENUM_CAPABILITY_TYPE_VALUES: set[EnumCapabilityType] = {
    "enum",
}


def check_enum_capability_type(value: str) -> EnumCapabilityType:
    return check_enum(value, ENUM_CAPABILITY_TYPE_VALUES, "EnumCapabilityType")
