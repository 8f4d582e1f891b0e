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
class AABenchmarkEntry(_ModelBase):
    """Artificial Analysis benchmark index scores.

    Example:
        {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4}

    Attributes:
        agentic_index (float | None): Artificial Analysis Agentic Index score Example: 55.8.
        coding_index (float | None): Artificial Analysis Coding Index score Example: 63.2.
        intelligence_index (float | None): Artificial Analysis Intelligence Index score Example: 71.4.
    """

    agentic_index: float | None
    coding_index: float | None
    intelligence_index: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "agentic_index",
        "coding_index",
        "intelligence_index",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "agentic_index"
            agentic_index = d.pop("agentic_index")
            if not isinstance(agentic_index, (float, int, _NoneType)):
                agentic_index = _parse_union(
                    agentic_index,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "coding_index"
            coding_index = d.pop("coding_index")
            if not isinstance(coding_index, (float, int, _NoneType)):
                coding_index = _parse_union(
                    coding_index,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "intelligence_index"
            intelligence_index = d.pop("intelligence_index")
            if not isinstance(intelligence_index, (float, int, _NoneType)):
                intelligence_index = _parse_union(
                    intelligence_index,
                    (),
                    plain=(float, int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        aa_benchmark_entry = cls(
            agentic_index=agentic_index,
            coding_index=coding_index,
            intelligence_index=intelligence_index,
        )

        aa_benchmark_entry.additional_properties = d
        return aa_benchmark_entry
