from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksDAItemTournamentStats(_ModelBase):
    """Placement distribution from tournament matches."""

    first_place: int | None
    fourth_place: int | None
    second_place: int | None
    third_place: int | None
    total: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "first_place",
        "fourth_place",
        "second_place",
        "third_place",
        "total",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "first_place"
            first_place = d.pop("first_place")
            if not isinstance(first_place, (int, _NoneType)):
                first_place = _parse_union(
                    first_place,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "fourth_place"
            fourth_place = d.pop("fourth_place")
            if not isinstance(fourth_place, (int, _NoneType)):
                fourth_place = _parse_union(
                    fourth_place,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "second_place"
            second_place = d.pop("second_place")
            if not isinstance(second_place, (int, _NoneType)):
                second_place = _parse_union(
                    second_place,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "third_place"
            third_place = d.pop("third_place")
            if not isinstance(third_place, (int, _NoneType)):
                third_place = _parse_union(
                    third_place,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "total"
            total = d.pop("total")
            if not isinstance(total, (int, _NoneType)):
                total = _parse_union(
                    total,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_da_item_tournament_stats = cls(
            first_place=first_place,
            fourth_place=fourth_place,
            second_place=second_place,
            third_place=third_place,
            total=total,
        )

        unified_benchmarks_da_item_tournament_stats.additional_properties = d
        return unified_benchmarks_da_item_tournament_stats
