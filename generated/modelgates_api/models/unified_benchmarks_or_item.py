from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.unified_benchmarks_or_item_benchmark_type import (
    UnifiedBenchmarksORItemBenchmarkType,
    check_unified_benchmarks_or_item_benchmark_type,
)
from ..models.unified_benchmarks_or_item_source import (
    UnifiedBenchmarksORItemSource,
    check_unified_benchmarks_or_item_source,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksORItem(_ModelBase):
    """
    Example:
        {'accuracy': 0.72, 'accuracy_stddev': 0.03, 'avg_cost_per_task': 0.002, 'benchmark_type': 'gpqa_diamond',
            'display_name': 'GPT-4o', 'last_run_timestamp': '2026-06-03T12:00:00Z', 'model_permaslug': 'openai/gpt-4o',
            'source': 'openrouter', 'total_tasks': 300}

    Attributes:
        accuracy (float): Aggregate accuracy score from 0 to 1. Higher is better. Example: 0.72.
        accuracy_stddev (float | None): Standard deviation of run accuracy, or null for a single run. Example: 0.03.
        avg_cost_per_task (float | None): Average cost per task in USD, or null if unavailable. Example: 0.002.
        benchmark_type (UnifiedBenchmarksORItemBenchmarkType): OpenRouter benchmark evaluation type. Example:
            gpqa_diamond.
        display_name (str): Human-readable model name. Example: GPT-4o.
        last_run_timestamp (str): Timestamp of the most recent public benchmark run. Example: 2026-06-03T12:00:00Z.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        source (UnifiedBenchmarksORItemSource): Benchmark source discriminator.
        total_tasks (int): Total benchmark tasks across runs. Example: 300.
    """

    accuracy: float
    accuracy_stddev: float | None
    avg_cost_per_task: float | None
    benchmark_type: UnifiedBenchmarksORItemBenchmarkType
    display_name: str
    last_run_timestamp: str
    model_permaslug: str
    source: UnifiedBenchmarksORItemSource
    total_tasks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "accuracy",
        (
            "accuracy_stddev",
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
        ("benchmark_type", check_unified_benchmarks_or_item_benchmark_type),
        "display_name",
        "last_run_timestamp",
        "model_permaslug",
        ("source", check_unified_benchmarks_or_item_source),
        "total_tasks",
    )
