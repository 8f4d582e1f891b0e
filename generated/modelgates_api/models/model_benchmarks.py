from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.aa_benchmark_entry import AABenchmarkEntry
    from ..models.da_benchmark_entry import DABenchmarkEntry
else:
    AABenchmarkEntry = _LazyModel(globals(), "aa_benchmark_entry", "AABenchmarkEntry")
    DABenchmarkEntry = _LazyModel(globals(), "da_benchmark_entry", "DABenchmarkEntry")


@_attrs_define(repr=False, eq=False)
class ModelBenchmarks(_ModelBase):
    """Third-party benchmark rankings for this model. Omitted when no benchmark data is available.

    Example:
        {'artificial_analysis': {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4},
            'design_arena': [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}]}

    Attributes:
        design_arena (list[DABenchmarkEntry]): Design Arena ELO rankings across arena+category pairs. Example:
            [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}].
        artificial_analysis (AABenchmarkEntry | Unset): Artificial Analysis benchmark index scores. Example:
            {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4}.
    """

    design_arena: list[DABenchmarkEntry]
    artificial_analysis: AABenchmarkEntry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("design_arena", _list_field(_model_field(DABenchmarkEntry))),)
    _optional_ = (("artificial_analysis", _model_field(AABenchmarkEntry)),)
