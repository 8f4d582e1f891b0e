from typing import Literal

from ..types import check_enum

Truncation = Literal["auto", "disabled"] | str

TRUNCATION_VALUES: set[Truncation] = {
    "auto",
    "disabled",
}


def check_truncation(value: str) -> Truncation:
    return check_enum(value, TRUNCATION_VALUES, "Truncation")
