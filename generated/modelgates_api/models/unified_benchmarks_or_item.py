from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_or_item_benchmark_type import (
    UnifiedBenchmarksORItemBenchmarkType,
    check_unified_benchmarks_or_item_benchmark_type,
)
from ..models.unified_benchmarks_or_item_source import (
    UnifiedBenchmarksORItemSource,
    check_unified_benchmarks_or_item_source,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "accuracy",
        "accuracy_stddev",
        "avg_cost_per_task",
        "benchmark_type",
        "display_name",
        "last_run_timestamp",
        "model_permaslug",
        "source",
        "total_tasks",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "accuracy"
            accuracy = d.pop("accuracy")

            _at_field_ = "accuracy_stddev"
            accuracy_stddev = d.pop("accuracy_stddev")
            if not isinstance(accuracy_stddev, (float, int, _NoneType)):
                accuracy_stddev = _parse_union(
                    accuracy_stddev,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "avg_cost_per_task"
            avg_cost_per_task = d.pop("avg_cost_per_task")
            if not isinstance(avg_cost_per_task, (float, int, _NoneType)):
                avg_cost_per_task = _parse_union(
                    avg_cost_per_task,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "benchmark_type"
            benchmark_type = check_unified_benchmarks_or_item_benchmark_type(d.pop("benchmark_type"))

            _at_field_ = "display_name"
            display_name = d.pop("display_name")

            _at_field_ = "last_run_timestamp"
            last_run_timestamp = d.pop("last_run_timestamp")

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug")

            _at_field_ = "source"
            source = check_unified_benchmarks_or_item_source(d.pop("source"))

            _at_field_ = "total_tasks"
            total_tasks = d.pop("total_tasks")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_or_item = cls(
            accuracy=accuracy,
            accuracy_stddev=accuracy_stddev,
            avg_cost_per_task=avg_cost_per_task,
            benchmark_type=benchmark_type,
            display_name=display_name,
            last_run_timestamp=last_run_timestamp,
            model_permaslug=model_permaslug,
            source=source,
            total_tasks=total_tasks,
        )

        unified_benchmarks_or_item.additional_properties = d
        return unified_benchmarks_or_item
