from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

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


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200Data(_ModelBase):
    dimensions: list[GetAnalyticsMetaResponse200DataDimensionsItem]
    granularities: list[GetAnalyticsMetaResponse200DataGranularitiesItem]
    metrics: list[GetAnalyticsMetaResponse200DataMetricsItem]
    operators: list[GetAnalyticsMetaResponse200DataOperatorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "dimensions",
        "granularities",
        "metrics",
        "operators",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "dimensions"
            dimensions = []
            _dimensions = d.pop("dimensions")
            for _dimensions_item_data_index, dimensions_item_data in enumerate(_as_list(_dimensions)):
                try:
                    dimensions_item = GetAnalyticsMetaResponse200DataDimensionsItem.from_dict(dimensions_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _dimensions_item_data_index)
                dimensions.append(dimensions_item)

            _at_field_ = "granularities"
            granularities = []
            _granularities = d.pop("granularities")
            for _granularities_item_data_index, granularities_item_data in enumerate(_as_list(_granularities)):
                try:
                    granularities_item = GetAnalyticsMetaResponse200DataGranularitiesItem.from_dict(
                        granularities_item_data
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _granularities_item_data_index)
                granularities.append(granularities_item)

            _at_field_ = "metrics"
            metrics = []
            _metrics = d.pop("metrics")
            for _metrics_item_data_index, metrics_item_data in enumerate(_as_list(_metrics)):
                try:
                    metrics_item = GetAnalyticsMetaResponse200DataMetricsItem.from_dict(metrics_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _metrics_item_data_index)
                metrics.append(metrics_item)

            _at_field_ = "operators"
            operators = []
            _operators = d.pop("operators")
            for _operators_item_data_index, operators_item_data in enumerate(_as_list(_operators)):
                try:
                    operators_item = GetAnalyticsMetaResponse200DataOperatorsItem.from_dict(operators_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _operators_item_data_index)
                operators.append(operators_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_analytics_meta_response_200_data = cls(
            dimensions=dimensions,
            granularities=granularities,
            metrics=metrics,
            operators=operators,
        )

        get_analytics_meta_response_200_data.additional_properties = d
        return get_analytics_meta_response_200_data


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    GetAnalyticsMetaResponse200DataDimensionsItem = _LazyModel(
        globals(),
        "modelgates_api.models.get_analytics_meta_response_200_data_dimensions_item",
        "GetAnalyticsMetaResponse200DataDimensionsItem",
    )
    GetAnalyticsMetaResponse200DataGranularitiesItem = _LazyModel(
        globals(),
        "modelgates_api.models.get_analytics_meta_response_200_data_granularities_item",
        "GetAnalyticsMetaResponse200DataGranularitiesItem",
    )
    GetAnalyticsMetaResponse200DataMetricsItem = _LazyModel(
        globals(),
        "modelgates_api.models.get_analytics_meta_response_200_data_metrics_item",
        "GetAnalyticsMetaResponse200DataMetricsItem",
    )
    GetAnalyticsMetaResponse200DataOperatorsItem = _LazyModel(
        globals(),
        "modelgates_api.models.get_analytics_meta_response_200_data_operators_item",
        "GetAnalyticsMetaResponse200DataOperatorsItem",
    )
