from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.get_analytics_meta_response_200_data_operators_item_name import (
    GetAnalyticsMetaResponse200DataOperatorsItemName,
    check_get_analytics_meta_response_200_data_operators_item_name,
)
from ..models.get_analytics_meta_response_200_data_operators_item_value_type import (
    GetAnalyticsMetaResponse200DataOperatorsItemValueType,
    check_get_analytics_meta_response_200_data_operators_item_value_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200DataOperatorsItem(_ModelBase):
    """
    Attributes:
        name (GetAnalyticsMetaResponse200DataOperatorsItemName): Operator identifier used in filter definitions Example:
            eq.
        value_type (GetAnalyticsMetaResponse200DataOperatorsItemValueType): Whether the operator expects a single value
            or an array
    """

    name: GetAnalyticsMetaResponse200DataOperatorsItemName
    value_type: GetAnalyticsMetaResponse200DataOperatorsItemValueType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("name", check_get_analytics_meta_response_200_data_operators_item_name),
        ("value_type", check_get_analytics_meta_response_200_data_operators_item_value_type),
    )
