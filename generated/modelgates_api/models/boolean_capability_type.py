from typing import Literal

BooleanCapabilityType = Literal["boolean"]

BOOLEAN_CAPABILITY_TYPE_VALUES: set[BooleanCapabilityType] = {
    "boolean",
}


def check_boolean_capability_type(value: str) -> BooleanCapabilityType:
    if value in BOOLEAN_CAPABILITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOLEAN_CAPABILITY_TYPE_VALUES!r}"
    )
