from typing import Literal

from ..types import check_enum

BooleanCapabilityType = Literal["boolean"] | str

BOOLEAN_CAPABILITY_TYPE_VALUES: set[BooleanCapabilityType] = {
    "boolean",
}


def check_boolean_capability_type(value: str) -> BooleanCapabilityType:
    return check_enum(value, BOOLEAN_CAPABILITY_TYPE_VALUES, "BooleanCapabilityType")
