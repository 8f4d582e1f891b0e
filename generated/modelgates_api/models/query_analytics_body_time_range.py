from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, parse_datetime


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyTimeRange(_ModelBase):
    end: datetime.datetime
    start: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("end", parse_datetime),
        ("start", parse_datetime),
    )
