from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.unified_benchmarks_search_item_benchmark_type import (
    UnifiedBenchmarksSearchItemBenchmarkType,
    check_unified_benchmarks_search_item_benchmark_type,
)
from ..models.unified_benchmarks_search_item_primary_metric import (
    UnifiedBenchmarksSearchItemPrimaryMetric,
    check_unified_benchmarks_search_item_primary_metric,
)
from ..models.unified_benchmarks_search_item_search_surface import (
    UnifiedBenchmarksSearchItemSearchSurface,
    check_unified_benchmarks_search_item_search_surface,
)
from ..models.unified_benchmarks_search_item_source import (
    UnifiedBenchmarksSearchItemSource,
    check_unified_benchmarks_search_item_source,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig
else:
    UnifiedBenchmarksSearchRunConfig = _LazyModel(
        globals(), "unified_benchmarks_search_run_config", "UnifiedBenchmarksSearchRunConfig"
    )


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksSearchItem(_ModelBase):
    """
    Attributes:
        avg_cost_per_task (float | None): Average cost per task in USD, or null if unavailable. Example: 0.031.
        avg_latency_per_task_ms (float | None): Average wall-clock latency per task in milliseconds, or null if
            unavailable. Example: 45210.
        benchmark_type (UnifiedBenchmarksSearchItemBenchmarkType): OpenRouter search benchmark. Example:
            search_browsecomp.
        display_name (str): Human-readable model name. Example: GPT-4o.
        last_run_timestamp (str): Timestamp of the newest qualifying run in the published configuration's lane. Example:
            2026-07-28T13:38:18Z.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        primary_metric (UnifiedBenchmarksSearchItemPrimaryMetric): Identifies the meaning of `primary_score`:
            `f1_by_item` for WideSearch, `accuracy` for all other search benchmarks. Example: accuracy.
        primary_score (float): The benchmark's headline score from 0 to 1. Its meaning is identified by
            `primary_metric`: item-weighted F1 for WideSearch or strict accuracy for the other search benchmarks. Higher is
            better. Example: 0.72.
        search_engine (str): Search engine the published configuration used. Example: exa.
        search_surface (UnifiedBenchmarksSearchItemSearchSurface): Request surface the published configuration went
            through. Example: server-tool.
        source (UnifiedBenchmarksSearchItemSource): Benchmark source discriminator.
        total_tasks (int): Tasks evaluated across the published configuration's runs. Example: 100.
        run_config (UnifiedBenchmarksSearchRunConfig | Unset): Published lane configuration, included only when
            include_run_config=true. Only the agent turn count, reasoning effort, and temperature are exposed; other harness
            settings are intentionally not part of the public contract.
    """

    avg_cost_per_task: float | None
    avg_latency_per_task_ms: float | None
    benchmark_type: UnifiedBenchmarksSearchItemBenchmarkType
    display_name: str
    last_run_timestamp: str
    model_permaslug: str
    primary_metric: UnifiedBenchmarksSearchItemPrimaryMetric
    primary_score: float
    search_engine: str
    search_surface: UnifiedBenchmarksSearchItemSearchSurface
    source: UnifiedBenchmarksSearchItemSource
    total_tasks: int
    run_config: UnifiedBenchmarksSearchRunConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "avg_cost_per_task",
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
            "avg_latency_per_task_ms",
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
        ("benchmark_type", check_unified_benchmarks_search_item_benchmark_type),
        "display_name",
        "last_run_timestamp",
        "model_permaslug",
        ("primary_metric", check_unified_benchmarks_search_item_primary_metric),
        "primary_score",
        "search_engine",
        ("search_surface", check_unified_benchmarks_search_item_search_surface),
        ("source", check_unified_benchmarks_search_item_source),
        "total_tasks",
    )
    _optional_ = (("run_config", _model_field(UnifiedBenchmarksSearchRunConfig)),)
