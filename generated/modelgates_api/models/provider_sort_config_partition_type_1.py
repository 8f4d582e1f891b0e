from typing import Literal

from ..types import check_enum

ProviderSortConfigPartitionType1 = Literal["model", "none"] | str

PROVIDER_SORT_CONFIG_PARTITION_TYPE_1_VALUES: set[ProviderSortConfigPartitionType1] = {
    "model",
    "none",
}


def check_provider_sort_config_partition_type_1(value: str) -> ProviderSortConfigPartitionType1:
    return check_enum(value, PROVIDER_SORT_CONFIG_PARTITION_TYPE_1_VALUES, "ProviderSortConfigPartitionType1")
