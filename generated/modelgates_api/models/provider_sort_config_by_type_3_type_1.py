from typing import Literal

ProviderSortConfigByType3Type1 = Literal["exacto", "latency", "price", "throughput"]

PROVIDER_SORT_CONFIG_BY_TYPE_3_TYPE_1_VALUES: set[ProviderSortConfigByType3Type1] = {
    "exacto",
    "latency",
    "price",
    "throughput",
}


def check_provider_sort_config_by_type_3_type_1(
    value: str,
) -> ProviderSortConfigByType3Type1:
    if value in PROVIDER_SORT_CONFIG_BY_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_SORT_CONFIG_BY_TYPE_3_TYPE_1_VALUES!r}"
    )
