from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.session_cost_meta_version import SessionCostMetaVersion, check_session_cost_meta_version
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class SessionCostMeta(_ModelBase):
    """
    Attributes:
        as_of (str): ISO-8601 timestamp when the response was generated. Example: 2026-05-12T02:00:00.000Z.
        version (SessionCostMetaVersion): Dataset version.
        window_days (int | None): Number of days in the weekly session sample window, or null when no snapshot is
            published. Example: 30.
        window_end_date (None | str): UTC date of the final day in the session sample window, or null when no snapshot
            is published. Example: 2026-05-11.
    """

    as_of: str
    version: SessionCostMetaVersion
    window_days: int | None
    window_end_date: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "as_of",
        ("version", check_session_cost_meta_version),
        (
            "window_days",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "window_end_date",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
