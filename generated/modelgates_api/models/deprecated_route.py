from typing import Literal

from ..types import check_enum

DeprecatedRoute = Literal["fallback", "sort"] | str

DEPRECATED_ROUTE_VALUES: set[DeprecatedRoute] = {
    "fallback",
    "sort",
}


def check_deprecated_route(value: str) -> DeprecatedRoute:
    return check_enum(value, DEPRECATED_ROUTE_VALUES, "DeprecatedRoute")
