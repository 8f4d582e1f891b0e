from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "by",
        "partition",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "by"
            by = d.pop("by", UNSET)
            if not isinstance(by, (_NoneType, Unset)):

                def _by_member_1(data: object) -> ProviderSortConfigByType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    by_type_1 = check_provider_sort_config_by_type_1(data)

                    return by_type_1

                def _by_member_2(data: object) -> ProviderSortConfigByType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    by_type_2_type_1 = check_provider_sort_config_by_type_2_type_1(data)

                    return by_type_2_type_1

                def _by_member_3(data: object) -> ProviderSortConfigByType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    by_type_3_type_1 = check_provider_sort_config_by_type_3_type_1(data)

                    return by_type_3_type_1

                by = _parse_union(
                    by,
                    (
                        ("ProviderSortConfigByType1", _by_member_1),
                        ("ProviderSortConfigByType2Type1", _by_member_2),
                        ("ProviderSortConfigByType3Type1", _by_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "partition"
            partition = d.pop("partition", UNSET)
            if not isinstance(partition, (_NoneType, Unset)):

                def _partition_member_1(data: object) -> ProviderSortConfigPartitionType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    partition_type_1 = check_provider_sort_config_partition_type_1(data)

                    return partition_type_1

                def _partition_member_2(data: object) -> ProviderSortConfigPartitionType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    partition_type_2_type_1 = check_provider_sort_config_partition_type_2_type_1(data)

                    return partition_type_2_type_1

                def _partition_member_3(data: object) -> ProviderSortConfigPartitionType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    partition_type_3_type_1 = check_provider_sort_config_partition_type_3_type_1(data)

                    return partition_type_3_type_1

                partition = _parse_union(
                    partition,
                    (
                        ("ProviderSortConfigPartitionType1", _partition_member_1),
                        ("ProviderSortConfigPartitionType2Type1", _partition_member_2),
                        ("ProviderSortConfigPartitionType3Type1", _partition_member_3),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        provider_sort_config = cls(
            by=by,
            partition=partition,
        )

        provider_sort_config.additional_properties = d
        return provider_sort_config
