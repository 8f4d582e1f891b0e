from typing import Literal

Truncation = Literal["auto", "disabled"]

TRUNCATION_VALUES: set[Truncation] = {
    "auto",
    "disabled",
}


def check_truncation(value: str) -> Truncation:
    if value in TRUNCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRUNCATION_VALUES!r}"
    )
