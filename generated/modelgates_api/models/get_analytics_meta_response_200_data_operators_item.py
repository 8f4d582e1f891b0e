from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analytics_meta_response_200_data_operators_item_name import (
    GetAnalyticsMetaResponse200DataOperatorsItemName,
    check_get_analytics_meta_response_200_data_operators_item_name,
)
from ..models.get_analytics_meta_response_200_data_operators_item_value_type import (
    GetAnalyticsMetaResponse200DataOperatorsItemValueType,
    check_get_analytics_meta_response_200_data_operators_item_value_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "name",
        "value_type",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = check_get_analytics_meta_response_200_data_operators_item_name(d.pop("name"))

            _at_field_ = "value_type"
            value_type = check_get_analytics_meta_response_200_data_operators_item_value_type(d.pop("value_type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_analytics_meta_response_200_data_operators_item = cls(
            name=name,
            value_type=value_type,
        )

        get_analytics_meta_response_200_data_operators_item.additional_properties = d
        return get_analytics_meta_response_200_data_operators_item
