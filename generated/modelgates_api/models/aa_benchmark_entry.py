from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


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

    _required_ = (
        (
            "agentic_index",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "coding_index",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "intelligence_index",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
