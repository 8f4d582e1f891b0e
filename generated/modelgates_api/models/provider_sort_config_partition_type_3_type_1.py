from typing import Literal

from ..types import check_enum

ProviderSortConfigPartitionType3Type1 = Literal["model", "none"] | str

PROVIDER_SORT_CONFIG_PARTITION_TYPE_3_TYPE_1_VALUES: set[ProviderSortConfigPartitionType3Type1] = {
    "model",
    "none",
}


def check_provider_sort_config_partition_type_3_type_1(value: str) -> ProviderSortConfigPartitionType3Type1:
    return check_enum(
        value, PROVIDER_SORT_CONFIG_PARTITION_TYPE_3_TYPE_1_VALUES, "ProviderSortConfigPartitionType3Type1"
    )
