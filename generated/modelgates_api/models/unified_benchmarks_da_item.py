from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_da_item_source import (
    UnifiedBenchmarksDAItemSource,
    check_unified_benchmarks_da_item_source,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
    from ..models.unified_benchmarks_da_item_tournament_stats import UnifiedBenchmarksDAItemTournamentStats


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksDAItem(_ModelBase):
    """
    Example:
        {'arena': 'models', 'avg_generation_time_ms': 3200, 'category': 'codecategories', 'display_name': 'Claude Sonnet
            4', 'elo': 1423, 'model_permaslug': 'anthropic/claude-sonnet-4', 'pricing': {'completion': '0.000015', 'prompt':
            '0.000003'}, 'source': 'design-arena', 'tournament_stats': {'first_place': 12, 'fourth_place': 2,
            'second_place': 8, 'third_place': 5, 'total': 27}, 'win_rate': 72}

    Attributes:
        arena (str): Arena this ranking belongs to. Example: models.
        avg_generation_time_ms (float | None): Average generation time in milliseconds. Example: 3200.
        category (str): Category within the arena. Example: codecategories.
        display_name (str): Human-readable model name from Design Arena. Example: Claude Sonnet 4.
        elo (float): ELO rating from head-to-head arena battles. Example: 1423.
        model_permaslug (str): Stable OpenRouter model identifier when mapped; otherwise the upstream Design Arena model
            id. Example: anthropic/claude-sonnet-4.
        source (UnifiedBenchmarksDAItemSource): Benchmark source discriminator.
        tournament_stats (UnifiedBenchmarksDAItemTournamentStats): Placement distribution from tournament matches.
        win_rate (float): Win rate as a percentage (0–100). Example: 72.
    """

    arena: str
    avg_generation_time_ms: float | None
    category: str
    display_name: str
    elo: float
    model_permaslug: str
    pricing: None | UnifiedBenchmarkPricing
    source: UnifiedBenchmarksDAItemSource
    tournament_stats: UnifiedBenchmarksDAItemTournamentStats
    win_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "arena",
        "avg_generation_time_ms",
        "category",
        "display_name",
        "elo",
        "model_permaslug",
        "pricing",
        "source",
        "tournament_stats",
        "win_rate",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "arena"
            arena = d.pop("arena")

            _at_field_ = "avg_generation_time_ms"
            avg_generation_time_ms = d.pop("avg_generation_time_ms")
            if not isinstance(avg_generation_time_ms, (float, int, _NoneType)):
                avg_generation_time_ms = _parse_union(
                    avg_generation_time_ms,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "category"
            category = d.pop("category")

            _at_field_ = "display_name"
            display_name = d.pop("display_name")

            _at_field_ = "elo"
            elo = d.pop("elo")

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug")

            _at_field_ = "pricing"
            pricing = d.pop("pricing")
            if not isinstance(pricing, (_NoneType,)):
                pricing = _parse_union(
                    pricing,
                    (("UnifiedBenchmarkPricing", UnifiedBenchmarkPricing),),
                    plain=(_NoneType,),
                )

            _at_field_ = "source"
            source = check_unified_benchmarks_da_item_source(d.pop("source"))

            _at_field_ = "tournament_stats"
            tournament_stats = UnifiedBenchmarksDAItemTournamentStats.from_dict(d.pop("tournament_stats"))

            _at_field_ = "win_rate"
            win_rate = d.pop("win_rate")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_da_item = cls(
            arena=arena,
            avg_generation_time_ms=avg_generation_time_ms,
            category=category,
            display_name=display_name,
            elo=elo,
            model_permaslug=model_permaslug,
            pricing=pricing,
            source=source,
            tournament_stats=tournament_stats,
            win_rate=win_rate,
        )

        unified_benchmarks_da_item.additional_properties = d
        return unified_benchmarks_da_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    UnifiedBenchmarkPricing = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmark_pricing", "UnifiedBenchmarkPricing"
    )
    UnifiedBenchmarksDAItemTournamentStats = _LazyModel(
        globals(),
        "modelgates_api.models.unified_benchmarks_da_item_tournament_stats",
        "UnifiedBenchmarksDAItemTournamentStats",
    )
