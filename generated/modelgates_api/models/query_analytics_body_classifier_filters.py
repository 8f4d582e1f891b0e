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

    from ..models.query_analytics_body_classifier_filters_filters_item import (
        QueryAnalyticsBodyClassifierFiltersFiltersItem,
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

    _json_fields_ = (
        "classifier_id",
        "filters",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "classifier_id"
            classifier_id = d.pop("classifier_id")

            _at_field_ = "filters"
            filters = []
            _filters = d.pop("filters")
            for _filters_item_data_index, filters_item_data in enumerate(_as_list(_filters)):
                try:
                    filters_item = QueryAnalyticsBodyClassifierFiltersFiltersItem.from_dict(filters_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _filters_item_data_index)
                filters.append(filters_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_body_classifier_filters = cls(
            classifier_id=classifier_id,
            filters=filters,
        )

        query_analytics_body_classifier_filters.additional_properties = d
        return query_analytics_body_classifier_filters


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    QueryAnalyticsBodyClassifierFiltersFiltersItem = _LazyModel(
        globals(),
        "modelgates_api.models.query_analytics_body_classifier_filters_filters_item",
        "QueryAnalyticsBodyClassifierFiltersFiltersItem",
    )
