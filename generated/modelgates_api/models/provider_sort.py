from typing import Literal

ProviderSort = Literal["latency", "price", "throughput"]

PROVIDER_SORT_VALUES: set[ProviderSort] = {
    "latency",
    "price",
    "throughput",
}


def check_provider_sort(value: str) -> ProviderSort:
    if value in PROVIDER_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_SORT_VALUES!r}"
    )
