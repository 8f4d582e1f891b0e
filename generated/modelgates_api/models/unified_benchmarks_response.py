from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
    from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem


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

    _json_fields_ = (
        "data",
        "meta",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = data_item_data
                    data_item = _parse_union(
                        data_item,
                        (
                            ("UnifiedBenchmarksAAItem", UnifiedBenchmarksAAItem),
                            ("UnifiedBenchmarksDAItem", UnifiedBenchmarksDAItem),
                            ("UnifiedBenchmarksORItem", UnifiedBenchmarksORItem),
                            ("UnifiedBenchmarksSearchItem", UnifiedBenchmarksSearchItem),
                        ),
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "meta"
            meta = UnifiedBenchmarksMeta.from_dict(d.pop("meta"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_response = cls(
            data=data,
            meta=meta,
        )

        unified_benchmarks_response.additional_properties = d
        return unified_benchmarks_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    UnifiedBenchmarksAAItem = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmarks_aa_item", "UnifiedBenchmarksAAItem"
    )
    UnifiedBenchmarksDAItem = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmarks_da_item", "UnifiedBenchmarksDAItem"
    )
    UnifiedBenchmarksMeta = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmarks_meta", "UnifiedBenchmarksMeta"
    )
    UnifiedBenchmarksORItem = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmarks_or_item", "UnifiedBenchmarksORItem"
    )
    UnifiedBenchmarksSearchItem = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmarks_search_item", "UnifiedBenchmarksSearchItem"
    )
