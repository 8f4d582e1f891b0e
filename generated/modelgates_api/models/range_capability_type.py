from typing import Literal

from ..types import check_enum

RangeCapabilityType = Literal["range"] | str

RANGE_CAPABILITY_TYPE_VALUES: set[RangeCapabilityType] = {
    "range",
}


def check_range_capability_type(value: str) -> RangeCapabilityType:
    return check_enum(value, RANGE_CAPABILITY_TYPE_VALUES, "RangeCapabilityType")
