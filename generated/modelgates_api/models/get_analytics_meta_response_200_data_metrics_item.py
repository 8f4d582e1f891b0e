from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analytics_meta_response_200_data_metrics_item_display_format import (
    GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat,
    check_get_analytics_meta_response_200_data_metrics_item_display_format,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "display_format",
        "display_label",
        "is_rate",
        "name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "display_format"
            display_format = check_get_analytics_meta_response_200_data_metrics_item_display_format(
                d.pop("display_format")
            )

            _at_field_ = "display_label"
            display_label = d.pop("display_label")

            _at_field_ = "is_rate"
            is_rate = d.pop("is_rate")

            _at_field_ = "name"
            name = d.pop("name")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_analytics_meta_response_200_data_metrics_item = cls(
            display_format=display_format,
            display_label=display_label,
            is_rate=is_rate,
            name=name,
        )

        get_analytics_meta_response_200_data_metrics_item.additional_properties = d
        return get_analytics_meta_response_200_data_metrics_item
