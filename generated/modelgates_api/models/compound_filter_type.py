from typing import Literal

from ..types import check_enum

CompoundFilterType = Literal["and", "or"] | str

COMPOUND_FILTER_TYPE_VALUES: set[CompoundFilterType] = {
    "and",
    "or",
}


def check_compound_filter_type(value: str) -> CompoundFilterType:
    return check_enum(value, COMPOUND_FILTER_TYPE_VALUES, "CompoundFilterType")
