from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.query_analytics_response_200_data import QueryAnalyticsResponse200Data
else:
    QueryAnalyticsResponse200Data = _LazyModel(
        globals(), "query_analytics_response_200_data", "QueryAnalyticsResponse200Data"
    )


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsResponse200(_ModelBase):
    data: QueryAnalyticsResponse200Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(QueryAnalyticsResponse200Data)),)
