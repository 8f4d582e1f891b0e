from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_analytics_body_order_by_direction import (
    QueryAnalyticsBodyOrderByDirection,
    check_query_analytics_body_order_by_direction,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "direction",
        "field",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "direction"
            direction = check_query_analytics_body_order_by_direction(d.pop("direction"))

            _at_field_ = "field"
            field = d.pop("field")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_body_order_by = cls(
            direction=direction,
            field=field,
        )

        query_analytics_body_order_by.additional_properties = d
        return query_analytics_body_order_by
