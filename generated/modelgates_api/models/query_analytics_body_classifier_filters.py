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
    from ..models.query_analytics_body_classifier_filters_filters_item import (
        QueryAnalyticsBodyClassifierFiltersFiltersItem,
    )
else:
    QueryAnalyticsBodyClassifierFiltersFiltersItem = _LazyModel(
        globals(),
        "query_analytics_body_classifier_filters_filters_item",
        "QueryAnalyticsBodyClassifierFiltersFiltersItem",
    )


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyClassifierFilters(_ModelBase):
    """Filter results to generations with specific classifier tag values. Can be combined with classifier_dimensions (must
    use the same classifier_id) or used independently with standard dimensions.

        Attributes:
            classifier_id (str): UUID of the classifier whose tags to filter by. Must match
                classifier_dimensions.classifier_id when both are specified. Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    classifier_id: str
    filters: list[QueryAnalyticsBodyClassifierFiltersFiltersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "classifier_id",
        ("filters", _list_field(_model_field(QueryAnalyticsBodyClassifierFiltersFiltersItem))),
    )
