from typing import Literal

ProviderSortConfigByType2Type1 = Literal["exacto", "latency", "price", "throughput"]

PROVIDER_SORT_CONFIG_BY_TYPE_2_TYPE_1_VALUES: set[ProviderSortConfigByType2Type1] = {
    "exacto",
    "latency",
    "price",
    "throughput",
}


def check_provider_sort_config_by_type_2_type_1(
    value: str,
) -> ProviderSortConfigByType2Type1:
    if value in PROVIDER_SORT_CONFIG_BY_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_SORT_CONFIG_BY_TYPE_2_TYPE_1_VALUES!r}"
    )
