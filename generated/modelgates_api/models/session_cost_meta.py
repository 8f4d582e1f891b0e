from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_cost_meta_version import SessionCostMetaVersion, check_session_cost_meta_version
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "as_of",
        "version",
        "window_days",
        "window_end_date",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "as_of"
            as_of = d.pop("as_of")

            _at_field_ = "version"
            version = check_session_cost_meta_version(d.pop("version"))

            _at_field_ = "window_days"
            window_days = d.pop("window_days")
            if not isinstance(window_days, (int, _NoneType)):
                window_days = _parse_union(
                    window_days,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "window_end_date"
            window_end_date = d.pop("window_end_date")
            if not isinstance(window_end_date, (str, _NoneType)):
                window_end_date = _parse_union(
                    window_end_date,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        session_cost_meta = cls(
            as_of=as_of,
            version=version,
            window_days=window_days,
            window_end_date=window_end_date,
        )

        session_cost_meta.additional_properties = d
        return session_cost_meta
