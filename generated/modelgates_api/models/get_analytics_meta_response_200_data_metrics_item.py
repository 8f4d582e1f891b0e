from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.get_analytics_meta_response_200_data_metrics_item_display_format import (
    GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat,
    check_get_analytics_meta_response_200_data_metrics_item_display_format,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200DataMetricsItem(_ModelBase):
    """
    Attributes:
        display_format (GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat): How this metric value should be
            formatted for display (e.g. percent → multiply by 100 and append %, currency → prefix with $) Example: number.
        display_label (str): Human-readable label Example: Request Count.
        is_rate (bool): Whether this metric is a rate/ratio (averaged, not summed)
        name (str): Metric identifier used in query requests Example: request_count.
    """

    display_format: GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat
    display_label: str
    is_rate: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("display_format", check_get_analytics_meta_response_200_data_metrics_item_display_format),
        "display_label",
        "is_rate",
        "name",
    )
