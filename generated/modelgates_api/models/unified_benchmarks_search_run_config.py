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

    _json_fields_ = (
        "max_agent_turns",
        "reasoning_effort",
        "temperature",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "max_agent_turns"
            max_agent_turns = d.pop("max_agent_turns")
            if not isinstance(max_agent_turns, (int, _NoneType)):
                max_agent_turns = _parse_union(
                    max_agent_turns,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "reasoning_effort"
            reasoning_effort = d.pop("reasoning_effort")
            if not isinstance(reasoning_effort, (str, _NoneType)):
                reasoning_effort = _parse_union(
                    reasoning_effort,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "temperature"
            temperature = d.pop("temperature")
            if not isinstance(temperature, (float, int, _NoneType)):
                temperature = _parse_union(
                    temperature,
                    (),
                    plain=(float, int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_search_run_config = cls(
            max_agent_turns=max_agent_turns,
            reasoning_effort=reasoning_effort,
            temperature=temperature,
        )

        unified_benchmarks_search_run_config.additional_properties = d
        return unified_benchmarks_search_run_config
