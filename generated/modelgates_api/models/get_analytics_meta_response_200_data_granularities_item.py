from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.get_analytics_meta_response_200_data_granularities_item_name import (
    GetAnalyticsMetaResponse200DataGranularitiesItemName,
    check_get_analytics_meta_response_200_data_granularities_item_name,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200DataGranularitiesItem(_ModelBase):
    """
    Attributes:
        display_label (str): Human-readable label Example: Day.
        name (GetAnalyticsMetaResponse200DataGranularitiesItemName): Granularity identifier Example: day.
    """

    display_label: str
    name: GetAnalyticsMetaResponse200DataGranularitiesItemName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "display_label",
        ("name", check_get_analytics_meta_response_200_data_granularities_item_name),
    )
