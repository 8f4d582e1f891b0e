from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.rankings_daily_meta_version import RankingsDailyMetaVersion, check_rankings_daily_meta_version
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class RankingsDailyMeta(_ModelBase):
    """
    Example:
        {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version': 'v1'}

    Attributes:
        as_of (str): ISO-8601 timestamp of when the response was generated. Reflects data-freshness because the
            underlying materialized view continuously ingests upstream events. Example: 2026-05-12T02:00:00.000Z.
        end_date (str): Resolved end of the date window (UTC, inclusive). Example: 2026-05-11.
        start_date (str): Resolved start of the date window (UTC, inclusive). Example: 2026-04-12.
        version (RankingsDailyMetaVersion): Dataset version. Field names and grain are stable for the life of `v1`.
    """

    as_of: str
    end_date: str
    start_date: str
    version: RankingsDailyMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "as_of",
        "end_date",
        "start_date",
        ("version", check_rankings_daily_meta_version),
    )
