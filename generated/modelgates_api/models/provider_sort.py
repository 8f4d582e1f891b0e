from typing import Literal

from ..types import check_enum

ProviderSort = Literal["latency", "price", "throughput"] | str

PROVIDER_SORT_VALUES: set[ProviderSort] = {
    "latency",
    "price",
    "throughput",
}


def check_provider_sort(value: str) -> ProviderSort:
    return check_enum(value, PROVIDER_SORT_VALUES, "ProviderSort")
