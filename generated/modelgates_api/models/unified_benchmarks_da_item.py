from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.unified_benchmarks_da_item_source import (
    UnifiedBenchmarksDAItemSource,
    check_unified_benchmarks_da_item_source,
)
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
    from ..models.unified_benchmarks_da_item_tournament_stats import UnifiedBenchmarksDAItemTournamentStats
else:
    UnifiedBenchmarkPricing = _LazyModel(globals(), "unified_benchmark_pricing", "UnifiedBenchmarkPricing")
    UnifiedBenchmarksDAItemTournamentStats = _LazyModel(
        globals(), "unified_benchmarks_da_item_tournament_stats", "UnifiedBenchmarksDAItemTournamentStats"
    )


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

    _required_ = (
        "arena",
        (
            "avg_generation_time_ms",
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
        "category",
        "display_name",
        "elo",
        "model_permaslug",
        (
            "pricing",
            _union_field(
                (("UnifiedBenchmarkPricing", UnifiedBenchmarkPricing),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        ("source", check_unified_benchmarks_da_item_source),
        ("tournament_stats", _model_field(UnifiedBenchmarksDAItemTournamentStats)),
        "win_rate",
    )
