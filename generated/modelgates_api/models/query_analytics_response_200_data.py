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
    from ..models.query_analytics_response_200_data_data_item import QueryAnalyticsResponse200DataDataItem
    from ..models.query_analytics_response_200_data_metadata import QueryAnalyticsResponse200DataMetadata
else:
    QueryAnalyticsResponse200DataDataItem = _LazyModel(
        globals(), "query_analytics_response_200_data_data_item", "QueryAnalyticsResponse200DataDataItem"
    )
    QueryAnalyticsResponse200DataMetadata = _LazyModel(
        globals(), "query_analytics_response_200_data_metadata", "QueryAnalyticsResponse200DataMetadata"
    )


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsResponse200Data(_ModelBase):
    """
    Attributes:
        warnings (list[str] | Unset): Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes). The
            query still runs normally; these inform the caller that some filter values could not be resolved.
    """

    data: list[QueryAnalyticsResponse200DataDataItem]
    metadata: QueryAnalyticsResponse200DataMetadata
    cached_at: float | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(QueryAnalyticsResponse200DataDataItem))),
        ("metadata", _model_field(QueryAnalyticsResponse200DataMetadata)),
    )
    _optional_ = (
        ("cachedAt", None, "cached_at"),
        "warnings",
    )
