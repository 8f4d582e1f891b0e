from typing import Literal

ProviderSortConfigPartitionType2Type1 = Literal["model", "none"]

PROVIDER_SORT_CONFIG_PARTITION_TYPE_2_TYPE_1_VALUES: set[
    ProviderSortConfigPartitionType2Type1
] = {
    "model",
    "none",
}


def check_provider_sort_config_partition_type_2_type_1(
    value: str,
) -> ProviderSortConfigPartitionType2Type1:
    if value in PROVIDER_SORT_CONFIG_PARTITION_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_SORT_CONFIG_PARTITION_TYPE_2_TYPE_1_VALUES!r}"
    )
