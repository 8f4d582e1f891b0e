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
class PercentileStats(_ModelBase):
    """Latency percentiles in milliseconds over the last 30 minutes. Latency measures time to first token. Only visible
    when authenticated with an API key or cookie; returns null for unauthenticated requests.

        Example:
            {'p50': 25.5, 'p75': 35.2, 'p90': 48.7, 'p99': 85.3}

        Attributes:
            p50 (float): Median (50th percentile) Example: 25.5.
            p75 (float): 75th percentile Example: 35.2.
            p90 (float): 90th percentile Example: 48.7.
            p99 (float): 99th percentile Example: 85.3.
    """

    p50: float
    p75: float
    p90: float
    p99: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "p50",
        "p75",
        "p90",
        "p99",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "p50"
            p50 = d.pop("p50")

            _at_field_ = "p75"
            p75 = d.pop("p75")

            _at_field_ = "p90"
            p90 = d.pop("p90")

            _at_field_ = "p99"
            p99 = d.pop("p99")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        percentile_stats = cls(
            p50=p50,
            p75=p75,
            p90=p90,
            p99=p99,
        )

        percentile_stats.additional_properties = d
        return percentile_stats
