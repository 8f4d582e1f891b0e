from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
    from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem
else:
    UnifiedBenchmarksAAItem = _LazyModel(globals(), "unified_benchmarks_aa_item", "UnifiedBenchmarksAAItem")
    UnifiedBenchmarksDAItem = _LazyModel(globals(), "unified_benchmarks_da_item", "UnifiedBenchmarksDAItem")
    UnifiedBenchmarksMeta = _LazyModel(globals(), "unified_benchmarks_meta", "UnifiedBenchmarksMeta")
    UnifiedBenchmarksORItem = _LazyModel(globals(), "unified_benchmarks_or_item", "UnifiedBenchmarksORItem")
    UnifiedBenchmarksSearchItem = _LazyModel(globals(), "unified_benchmarks_search_item", "UnifiedBenchmarksSearchItem")


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksResponse(_ModelBase):
    """
    Example:
        {'data': [{'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}, {'accuracy': 0.72, 'accuracy_stddev': 0.03, 'avg_cost_per_task': 0.002,
            'benchmark_type': 'gpqa_diamond', 'display_name': 'GPT-4o', 'last_run_timestamp': '2026-06-03T12:00:00Z',
            'model_permaslug': 'openai/gpt-4o', 'source': 'openrouter', 'total_tasks': 300}], 'meta': {'as_of':
            '2026-06-03T12:00:00Z', 'citation': None, 'model_count': 1, 'source': None, 'source_url': None, 'task_type':
            None, 'version': 'v1'}}

    """

    data: list[
        UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem | UnifiedBenchmarksSearchItem
    ]
    meta: UnifiedBenchmarksMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "data",
            _list_field(
                _union_field(
                    (
                        ("UnifiedBenchmarksAAItem", UnifiedBenchmarksAAItem),
                        ("UnifiedBenchmarksDAItem", UnifiedBenchmarksDAItem),
                        ("UnifiedBenchmarksORItem", UnifiedBenchmarksORItem),
                        ("UnifiedBenchmarksSearchItem", UnifiedBenchmarksSearchItem),
                    )
                )
            ),
        ),
        ("meta", _model_field(UnifiedBenchmarksMeta)),
    )
