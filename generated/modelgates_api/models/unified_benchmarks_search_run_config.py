from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksSearchRunConfig(_ModelBase):
    """Published lane configuration, included only when include_run_config=true. Only the agent turn count, reasoning
    effort, and temperature are exposed; other harness settings are intentionally not part of the public contract.

        Attributes:
            max_agent_turns (int | None): Agent-turn count for the published lane, or null for plugin lanes. Example: 25.
            reasoning_effort (None | str): Reasoning effort configured for the published lane, or null when omitted.
                Example: high.
            temperature (float | None): Sampling temperature configured for the published lane, or null when omitted.
                Example: 0.2.
    """

    max_agent_turns: int | None
    reasoning_effort: None | str
    temperature: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "max_agent_turns",
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
            "reasoning_effort",
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
        (
            "temperature",
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
