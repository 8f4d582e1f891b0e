from typing import Literal

from ..types import check_enum

ProviderSortConfigPartitionType2Type1 = Literal["model", "none"] | str

PROVIDER_SORT_CONFIG_PARTITION_TYPE_2_TYPE_1_VALUES: set[ProviderSortConfigPartitionType2Type1] = {
    "model",
    "none",
}


def check_provider_sort_config_partition_type_2_type_1(value: str) -> ProviderSortConfigPartitionType2Type1:
    return check_enum(
        value, PROVIDER_SORT_CONFIG_PARTITION_TYPE_2_TYPE_1_VALUES, "ProviderSortConfigPartitionType2Type1"
    )
