from typing import Literal

from ..types import check_enum

ProviderSortConfigByType3Type1 = Literal["exacto", "latency", "price", "throughput"] | str

PROVIDER_SORT_CONFIG_BY_TYPE_3_TYPE_1_VALUES: set[ProviderSortConfigByType3Type1] = {
    "exacto",
    "latency",
    "price",
    "throughput",
}


def check_provider_sort_config_by_type_3_type_1(value: str) -> ProviderSortConfigByType3Type1:
    return check_enum(value, PROVIDER_SORT_CONFIG_BY_TYPE_3_TYPE_1_VALUES, "ProviderSortConfigByType3Type1")
