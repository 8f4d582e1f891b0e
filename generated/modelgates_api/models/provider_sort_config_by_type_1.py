from typing import Literal

from ..types import check_enum

ProviderSortConfigByType1 = Literal["exacto", "latency", "price", "throughput"] | str

PROVIDER_SORT_CONFIG_BY_TYPE_1_VALUES: set[ProviderSortConfigByType1] = {
    "exacto",
    "latency",
    "price",
    "throughput",
}


def check_provider_sort_config_by_type_1(value: str) -> ProviderSortConfigByType1:
    return check_enum(value, PROVIDER_SORT_CONFIG_BY_TYPE_1_VALUES, "ProviderSortConfigByType1")
