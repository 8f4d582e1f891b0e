from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.query_analytics_body_order_by_direction import (
    QueryAnalyticsBodyOrderByDirection,
    check_query_analytics_body_order_by_direction,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyOrderBy(_ModelBase):
    """
    Attributes:
        field (str): Field to order by: a metric included in `metrics` (or "request_count", which may be ordered by
            without being requested), a requested dimension, or "date". Example: request_count.
    """

    direction: QueryAnalyticsBodyOrderByDirection
    field: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("direction", check_query_analytics_body_order_by_direction),
        "field",
    )
