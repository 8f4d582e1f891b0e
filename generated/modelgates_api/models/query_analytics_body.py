from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.query_analytics_body_classifier_dimensions import QueryAnalyticsBodyClassifierDimensions
    from ..models.query_analytics_body_classifier_filters import QueryAnalyticsBodyClassifierFilters
    from ..models.query_analytics_body_filters_item import QueryAnalyticsBodyFiltersItem
    from ..models.query_analytics_body_order_by import QueryAnalyticsBodyOrderBy
    from ..models.query_analytics_body_time_range import QueryAnalyticsBodyTimeRange
else:
    QueryAnalyticsBodyClassifierDimensions = _LazyModel(
        globals(), "query_analytics_body_classifier_dimensions", "QueryAnalyticsBodyClassifierDimensions"
    )
    QueryAnalyticsBodyClassifierFilters = _LazyModel(
        globals(), "query_analytics_body_classifier_filters", "QueryAnalyticsBodyClassifierFilters"
    )
    QueryAnalyticsBodyFiltersItem = _LazyModel(
        globals(), "query_analytics_body_filters_item", "QueryAnalyticsBodyFiltersItem"
    )
    QueryAnalyticsBodyOrderBy = _LazyModel(globals(), "query_analytics_body_order_by", "QueryAnalyticsBodyOrderBy")
    QueryAnalyticsBodyTimeRange = _LazyModel(
        globals(), "query_analytics_body_time_range", "QueryAnalyticsBodyTimeRange"
    )


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBody(_ModelBase):
    """
    Attributes:
        classifier_dimensions (QueryAnalyticsBodyClassifierDimensions | Unset): Group results by custom classifier tags,
            breaking down metrics by the specified dimension values. Requires an active classifier on the workspace.
        classifier_filters (QueryAnalyticsBodyClassifierFilters | Unset): Filter results to generations with specific
            classifier tag values. Can be combined with classifier_dimensions (must use the same classifier_id) or used
            independently with standard dimensions.
        granularity (str | Unset): Time granularity Example: day.
        group_limit (int | Unset): Maximum rows per distinct combination of dimensions. When omitted on time-series
            queries (granularity + dimensions), auto-computed to avoid truncating time windows. Explicit values override the
            default and may truncate time buckets if set lower than the number of buckets in the range. Ignored when no
            dimensions are specified. Example: 100.
        limit (int | Unset): Maximum total rows returned. Defaults to 1000. On time-series queries with dimensions and
            no explicit group_limit, the server may raise this to accommodate the expected number of unique time-
            bucket/dimension combinations.
    """

    metrics: list[str]
    classifier_dimensions: QueryAnalyticsBodyClassifierDimensions | Unset = UNSET
    classifier_filters: QueryAnalyticsBodyClassifierFilters | Unset = UNSET
    dimensions: list[str] | Unset = UNSET
    filters: list[QueryAnalyticsBodyFiltersItem] | Unset = UNSET
    granularity: str | Unset = UNSET
    group_limit: int | Unset = UNSET
    limit: int | Unset = UNSET
    order_by: QueryAnalyticsBodyOrderBy | Unset = UNSET
    time_range: QueryAnalyticsBodyTimeRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("metrics",)
    _optional_ = (
        ("classifier_dimensions", _model_field(QueryAnalyticsBodyClassifierDimensions)),
        ("classifier_filters", _model_field(QueryAnalyticsBodyClassifierFilters)),
        "dimensions",
        ("filters", _list_field(_model_field(QueryAnalyticsBodyFiltersItem))),
        "granularity",
        "group_limit",
        "limit",
        ("order_by", _model_field(QueryAnalyticsBodyOrderBy)),
        ("time_range", _model_field(QueryAnalyticsBodyTimeRange)),
    )
