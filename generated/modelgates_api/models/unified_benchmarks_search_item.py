from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig


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

    _json_fields_ = (
        "avg_cost_per_task",
        "avg_latency_per_task_ms",
        "benchmark_type",
        "display_name",
        "last_run_timestamp",
        "model_permaslug",
        "primary_metric",
        "primary_score",
        "search_engine",
        "search_surface",
        "source",
        "total_tasks",
        "run_config",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "avg_cost_per_task"
            avg_cost_per_task = d.pop("avg_cost_per_task")
            if not isinstance(avg_cost_per_task, (float, int, _NoneType)):
                avg_cost_per_task = _parse_union(
                    avg_cost_per_task,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "avg_latency_per_task_ms"
            avg_latency_per_task_ms = d.pop("avg_latency_per_task_ms")
            if not isinstance(avg_latency_per_task_ms, (float, int, _NoneType)):
                avg_latency_per_task_ms = _parse_union(
                    avg_latency_per_task_ms,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "benchmark_type"
            benchmark_type = check_unified_benchmarks_search_item_benchmark_type(d.pop("benchmark_type"))

            _at_field_ = "display_name"
            display_name = d.pop("display_name")

            _at_field_ = "last_run_timestamp"
            last_run_timestamp = d.pop("last_run_timestamp")

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug")

            _at_field_ = "primary_metric"
            primary_metric = check_unified_benchmarks_search_item_primary_metric(d.pop("primary_metric"))

            _at_field_ = "primary_score"
            primary_score = d.pop("primary_score")

            _at_field_ = "search_engine"
            search_engine = d.pop("search_engine")

            _at_field_ = "search_surface"
            search_surface = check_unified_benchmarks_search_item_search_surface(d.pop("search_surface"))

            _at_field_ = "source"
            source = check_unified_benchmarks_search_item_source(d.pop("source"))

            _at_field_ = "total_tasks"
            total_tasks = d.pop("total_tasks")

            _at_field_ = "run_config"
            _run_config = d.pop("run_config", UNSET)
            run_config: UnifiedBenchmarksSearchRunConfig | Unset
            if isinstance(_run_config, Unset):
                run_config = UNSET
            else:
                run_config = UnifiedBenchmarksSearchRunConfig.from_dict(_run_config)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_search_item = cls(
            avg_cost_per_task=avg_cost_per_task,
            avg_latency_per_task_ms=avg_latency_per_task_ms,
            benchmark_type=benchmark_type,
            display_name=display_name,
            last_run_timestamp=last_run_timestamp,
            model_permaslug=model_permaslug,
            primary_metric=primary_metric,
            primary_score=primary_score,
            search_engine=search_engine,
            search_surface=search_surface,
            source=source,
            total_tasks=total_tasks,
            run_config=run_config,
        )

        unified_benchmarks_search_item.additional_properties = d
        return unified_benchmarks_search_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    UnifiedBenchmarksSearchRunConfig = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmarks_search_run_config", "UnifiedBenchmarksSearchRunConfig"
    )
