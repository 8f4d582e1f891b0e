from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.provider_sort_config_by_type_1 import ProviderSortConfigByType1, check_provider_sort_config_by_type_1
from ..models.provider_sort_config_by_type_2_type_1 import (
    ProviderSortConfigByType2Type1,
    check_provider_sort_config_by_type_2_type_1,
)
from ..models.provider_sort_config_by_type_3_type_1 import (
    ProviderSortConfigByType3Type1,
    check_provider_sort_config_by_type_3_type_1,
)
from ..models.provider_sort_config_partition_type_1 import (
    ProviderSortConfigPartitionType1,
    check_provider_sort_config_partition_type_1,
)
from ..models.provider_sort_config_partition_type_2_type_1 import (
    ProviderSortConfigPartitionType2Type1,
    check_provider_sort_config_partition_type_2_type_1,
)
from ..models.provider_sort_config_partition_type_3_type_1 import (
    ProviderSortConfigPartitionType3Type1,
    check_provider_sort_config_partition_type_3_type_1,
)
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class ProviderSortConfig(_ModelBase):
    """The provider sorting strategy (price, throughput, latency)

    Example:
        {'by': 'price', 'partition': 'model'}

    Attributes:
        by (None | ProviderSortConfigByType1 | ProviderSortConfigByType2Type1 | ProviderSortConfigByType3Type1 | Unset):
            The provider sorting strategy (price, throughput, latency) Example: price.
        partition (None | ProviderSortConfigPartitionType1 | ProviderSortConfigPartitionType2Type1 |
            ProviderSortConfigPartitionType3Type1 | Unset): Partitioning strategy for sorting: "model" (default) groups
            endpoints by model before sorting (fallback models remain fallbacks), "none" sorts all endpoints together
            regardless of model. Example: model.
    """

    by: None | ProviderSortConfigByType1 | ProviderSortConfigByType2Type1 | ProviderSortConfigByType3Type1 | Unset = (
        UNSET
    )
    partition: (
        None
        | ProviderSortConfigPartitionType1
        | ProviderSortConfigPartitionType2Type1
        | ProviderSortConfigPartitionType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "by",
            _union_field(
                (
                    ("ProviderSortConfigByType1", _guarded((str,), check_provider_sort_config_by_type_1)),
                    ("ProviderSortConfigByType2Type1", _guarded((str,), check_provider_sort_config_by_type_2_type_1)),
                    ("ProviderSortConfigByType3Type1", _guarded((str,), check_provider_sort_config_by_type_3_type_1)),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "partition",
            _union_field(
                (
                    ("ProviderSortConfigPartitionType1", _guarded((str,), check_provider_sort_config_partition_type_1)),
                    (
                        "ProviderSortConfigPartitionType2Type1",
                        _guarded((str,), check_provider_sort_config_partition_type_2_type_1),
                    ),
                    (
                        "ProviderSortConfigPartitionType3Type1",
                        _guarded((str,), check_provider_sort_config_partition_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
