from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.aa_benchmark_entry import AABenchmarkEntry
    from ..models.da_benchmark_entry import DABenchmarkEntry


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

    _json_fields_ = (
        "design_arena",
        "artificial_analysis",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "design_arena"
            design_arena = []
            _design_arena = d.pop("design_arena")
            for _design_arena_item_data_index, design_arena_item_data in enumerate(_as_list(_design_arena)):
                try:
                    design_arena_item = DABenchmarkEntry.from_dict(design_arena_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _design_arena_item_data_index)
                design_arena.append(design_arena_item)

            _at_field_ = "artificial_analysis"
            _artificial_analysis = d.pop("artificial_analysis", UNSET)
            artificial_analysis: AABenchmarkEntry | Unset
            if isinstance(_artificial_analysis, Unset):
                artificial_analysis = UNSET
            else:
                artificial_analysis = AABenchmarkEntry.from_dict(_artificial_analysis)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        model_benchmarks = cls(
            design_arena=design_arena,
            artificial_analysis=artificial_analysis,
        )

        model_benchmarks.additional_properties = d
        return model_benchmarks


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AABenchmarkEntry = _LazyModel(globals(), "modelgates_api.models.aa_benchmark_entry", "AABenchmarkEntry")
    DABenchmarkEntry = _LazyModel(globals(), "modelgates_api.models.da_benchmark_entry", "DABenchmarkEntry")
