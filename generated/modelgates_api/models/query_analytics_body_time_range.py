from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field, parse_datetime
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyTimeRange(_ModelBase):
    end: datetime.datetime
    start: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "end",
        "start",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "end"
            end = parse_datetime(d.pop("end"))

            _at_field_ = "start"
            start = parse_datetime(d.pop("start"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_body_time_range = cls(
            end=end,
            start=start,
        )

        query_analytics_body_time_range.additional_properties = d
        return query_analytics_body_time_range
