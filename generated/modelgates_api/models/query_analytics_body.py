from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.query_analytics_body_classifier_dimensions import QueryAnalyticsBodyClassifierDimensions
    from ..models.query_analytics_body_classifier_filters import QueryAnalyticsBodyClassifierFilters
    from ..models.query_analytics_body_filters_item import QueryAnalyticsBodyFiltersItem
    from ..models.query_analytics_body_order_by import QueryAnalyticsBodyOrderBy
    from ..models.query_analytics_body_time_range import QueryAnalyticsBodyTimeRange


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

    _json_fields_ = (
        "metrics",
        "classifier_dimensions",
        "classifier_filters",
        "dimensions",
        "filters",
        "granularity",
        "group_limit",
        "limit",
        "order_by",
        "time_range",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "metrics"
            metrics = cast(list[str], d.pop("metrics"))

            _at_field_ = "classifier_dimensions"
            _classifier_dimensions = d.pop("classifier_dimensions", UNSET)
            classifier_dimensions: QueryAnalyticsBodyClassifierDimensions | Unset
            if isinstance(_classifier_dimensions, Unset):
                classifier_dimensions = UNSET
            else:
                classifier_dimensions = QueryAnalyticsBodyClassifierDimensions.from_dict(_classifier_dimensions)

            _at_field_ = "classifier_filters"
            _classifier_filters = d.pop("classifier_filters", UNSET)
            classifier_filters: QueryAnalyticsBodyClassifierFilters | Unset
            if isinstance(_classifier_filters, Unset):
                classifier_filters = UNSET
            else:
                classifier_filters = QueryAnalyticsBodyClassifierFilters.from_dict(_classifier_filters)

            _at_field_ = "dimensions"
            dimensions = cast(list[str], d.pop("dimensions", UNSET))

            _at_field_ = "filters"
            _filters = d.pop("filters", UNSET)
            filters: list[QueryAnalyticsBodyFiltersItem] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
                for _filters_item_data_index, filters_item_data in enumerate(_as_list(_filters)):
                    try:
                        filters_item = QueryAnalyticsBodyFiltersItem.from_dict(filters_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _filters_item_data_index)
                    filters.append(filters_item)

            _at_field_ = "granularity"
            granularity = d.pop("granularity", UNSET)

            _at_field_ = "group_limit"
            group_limit = d.pop("group_limit", UNSET)

            _at_field_ = "limit"
            limit = d.pop("limit", UNSET)

            _at_field_ = "order_by"
            _order_by = d.pop("order_by", UNSET)
            order_by: QueryAnalyticsBodyOrderBy | Unset
            if isinstance(_order_by, Unset):
                order_by = UNSET
            else:
                order_by = QueryAnalyticsBodyOrderBy.from_dict(_order_by)

            _at_field_ = "time_range"
            _time_range = d.pop("time_range", UNSET)
            time_range: QueryAnalyticsBodyTimeRange | Unset
            if isinstance(_time_range, Unset):
                time_range = UNSET
            else:
                time_range = QueryAnalyticsBodyTimeRange.from_dict(_time_range)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_body = cls(
            metrics=metrics,
            classifier_dimensions=classifier_dimensions,
            classifier_filters=classifier_filters,
            dimensions=dimensions,
            filters=filters,
            granularity=granularity,
            group_limit=group_limit,
            limit=limit,
            order_by=order_by,
            time_range=time_range,
        )

        query_analytics_body.additional_properties = d
        return query_analytics_body


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    QueryAnalyticsBodyClassifierDimensions = _LazyModel(
        globals(),
        "modelgates_api.models.query_analytics_body_classifier_dimensions",
        "QueryAnalyticsBodyClassifierDimensions",
    )
    QueryAnalyticsBodyClassifierFilters = _LazyModel(
        globals(),
        "modelgates_api.models.query_analytics_body_classifier_filters",
        "QueryAnalyticsBodyClassifierFilters",
    )
    QueryAnalyticsBodyFiltersItem = _LazyModel(
        globals(), "modelgates_api.models.query_analytics_body_filters_item", "QueryAnalyticsBodyFiltersItem"
    )
    QueryAnalyticsBodyOrderBy = _LazyModel(
        globals(), "modelgates_api.models.query_analytics_body_order_by", "QueryAnalyticsBodyOrderBy"
    )
    QueryAnalyticsBodyTimeRange = _LazyModel(
        globals(), "modelgates_api.models.query_analytics_body_time_range", "QueryAnalyticsBodyTimeRange"
    )
