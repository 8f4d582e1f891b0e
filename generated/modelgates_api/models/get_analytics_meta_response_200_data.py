from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_200_data_dimensions_item import (
        GetAnalyticsMetaResponse200DataDimensionsItem,
    )
    from ..models.get_analytics_meta_response_200_data_granularities_item import (
        GetAnalyticsMetaResponse200DataGranularitiesItem,
    )
    from ..models.get_analytics_meta_response_200_data_metrics_item import GetAnalyticsMetaResponse200DataMetricsItem
    from ..models.get_analytics_meta_response_200_data_operators_item import (
        GetAnalyticsMetaResponse200DataOperatorsItem,
    )
else:
    GetAnalyticsMetaResponse200DataDimensionsItem = _LazyModel(
        globals(),
        "get_analytics_meta_response_200_data_dimensions_item",
        "GetAnalyticsMetaResponse200DataDimensionsItem",
    )
    GetAnalyticsMetaResponse200DataGranularitiesItem = _LazyModel(
        globals(),
        "get_analytics_meta_response_200_data_granularities_item",
        "GetAnalyticsMetaResponse200DataGranularitiesItem",
    )
    GetAnalyticsMetaResponse200DataMetricsItem = _LazyModel(
        globals(), "get_analytics_meta_response_200_data_metrics_item", "GetAnalyticsMetaResponse200DataMetricsItem"
    )
    GetAnalyticsMetaResponse200DataOperatorsItem = _LazyModel(
        globals(), "get_analytics_meta_response_200_data_operators_item", "GetAnalyticsMetaResponse200DataOperatorsItem"
    )


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200Data(_ModelBase):
    dimensions: list[GetAnalyticsMetaResponse200DataDimensionsItem]
    granularities: list[GetAnalyticsMetaResponse200DataGranularitiesItem]
    metrics: list[GetAnalyticsMetaResponse200DataMetricsItem]
    operators: list[GetAnalyticsMetaResponse200DataOperatorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("dimensions", _list_field(_model_field(GetAnalyticsMetaResponse200DataDimensionsItem))),
        ("granularities", _list_field(_model_field(GetAnalyticsMetaResponse200DataGranularitiesItem))),
        ("metrics", _list_field(_model_field(GetAnalyticsMetaResponse200DataMetricsItem))),
        ("operators", _list_field(_model_field(GetAnalyticsMetaResponse200DataOperatorsItem))),
    )
