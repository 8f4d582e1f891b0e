from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsResponse200DataMetadata(_ModelBase):
    query_time_ms: float
    row_count: int
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "query_time_ms",
        "row_count",
        "truncated",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "query_time_ms"
            query_time_ms = d.pop("query_time_ms")

            _at_field_ = "row_count"
            row_count = d.pop("row_count")

            _at_field_ = "truncated"
            truncated = d.pop("truncated")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_response_200_data_metadata = cls(
            query_time_ms=query_time_ms,
            row_count=row_count,
            truncated=truncated,
        )

        query_analytics_response_200_data_metadata.additional_properties = d
        return query_analytics_response_200_data_metadata
