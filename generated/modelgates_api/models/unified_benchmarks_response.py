from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
    from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem


T = TypeVar("T", bound="UnifiedBenchmarksResponse")


@_attrs_define
class UnifiedBenchmarksResponse:
    """
    Example:
        {'data': [{'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}, {'accuracy': 0.72, 'accuracy_stddev': 0.03, 'avg_cost_per_task': 0.002,
            'benchmark_type': 'gpqa_diamond', 'display_name': 'GPT-4o', 'last_run_timestamp': '2026-06-03T12:00:00Z',
            'model_permaslug': 'openai/gpt-4o', 'source': 'openrouter', 'total_tasks': 300}], 'meta': {'as_of':
            '2026-06-03T12:00:00Z', 'citation': None, 'model_count': 1, 'source': None, 'source_url': None, 'task_type':
            None, 'version': 'v1'}}

    Attributes:
        data (list[UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem |
            UnifiedBenchmarksSearchItem]):
        meta (UnifiedBenchmarksMeta):  Example: {'as_of': '2026-06-03T12:00:00Z', 'citation': 'Source: Artificial
            Analysis (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings).', 'model_count': 50, 'source':
            'artificial-analysis', 'source_url': 'https://artificialanalysis.ai', 'task_type': None, 'version': 'v1'}.
    """

    data: list[
        UnifiedBenchmarksAAItem
        | UnifiedBenchmarksDAItem
        | UnifiedBenchmarksORItem
        | UnifiedBenchmarksSearchItem
    ]
    meta: UnifiedBenchmarksMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
        from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
        from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if (
                isinstance(data_item_data, UnifiedBenchmarksAAItem)
                or isinstance(data_item_data, UnifiedBenchmarksDAItem)
                or isinstance(data_item_data, UnifiedBenchmarksORItem)
            ):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
        from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
        from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
        from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
        from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                UnifiedBenchmarksAAItem
                | UnifiedBenchmarksDAItem
                | UnifiedBenchmarksORItem
                | UnifiedBenchmarksSearchItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = UnifiedBenchmarksAAItem.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_1 = UnifiedBenchmarksDAItem.from_dict(data)

                    return data_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_2 = UnifiedBenchmarksORItem.from_dict(data)

                    return data_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_3 = UnifiedBenchmarksSearchItem.from_dict(data)

                return data_item_type_3

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        meta = UnifiedBenchmarksMeta.from_dict(d.pop("meta"))

        unified_benchmarks_response = cls(
            data=data,
            meta=meta,
        )

        unified_benchmarks_response.additional_properties = d
        return unified_benchmarks_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
