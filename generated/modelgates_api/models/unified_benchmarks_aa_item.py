from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.unified_benchmarks_aa_item_source import (
    UnifiedBenchmarksAAItemSource,
    check_unified_benchmarks_aa_item_source,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
else:
    UnifiedBenchmarkPricing = _LazyModel(globals(), "unified_benchmark_pricing", "UnifiedBenchmarkPricing")


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksAAItem(_ModelBase):
    """
    Example:
        {'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}

    Attributes:
        agentic_index (float | None): Artificial Analysis Agentic Index composite score. Higher is better. Example:
            58.3.
        coding_index (float | None): Artificial Analysis Coding Index composite score. Higher is better. Example: 65.8.
        display_name (str): Model name as listed on Artificial Analysis. Example: GPT-4o.
        intelligence_index (float | None): Artificial Analysis Intelligence Index composite score. Higher is better.
            Example: 71.2.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        source (UnifiedBenchmarksAAItemSource): Benchmark source discriminator.
    """

    agentic_index: float | None
    coding_index: float | None
    display_name: str
    intelligence_index: float | None
    model_permaslug: str
    pricing: None | UnifiedBenchmarkPricing
    source: UnifiedBenchmarksAAItemSource
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
        "display_name",
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
        "model_permaslug",
        (
            "pricing",
            _union_field(
                (("UnifiedBenchmarkPricing", UnifiedBenchmarkPricing),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        ("source", check_unified_benchmarks_aa_item_source),
    )
