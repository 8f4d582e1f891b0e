from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_meta_source_type_1 import (
    UnifiedBenchmarksMetaSourceType1,
    check_unified_benchmarks_meta_source_type_1,
)
from ..models.unified_benchmarks_meta_source_type_2_type_1 import (
    UnifiedBenchmarksMetaSourceType2Type1,
    check_unified_benchmarks_meta_source_type_2_type_1,
)
from ..models.unified_benchmarks_meta_source_type_3_type_1 import (
    UnifiedBenchmarksMetaSourceType3Type1,
    check_unified_benchmarks_meta_source_type_3_type_1,
)
from ..models.unified_benchmarks_meta_version import UnifiedBenchmarksMetaVersion, check_unified_benchmarks_meta_version
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksMeta(_ModelBase):
    """
    Example:
        {'as_of': '2026-06-03T12:00:00Z', 'citation': 'Source: Artificial Analysis (artificialanalysis.ai) via
            OpenRouter (openrouter.ai/rankings).', 'model_count': 50, 'source': 'artificial-analysis', 'source_url':
            'https://artificialanalysis.ai', 'task_type': None, 'version': 'v1'}

    Attributes:
        as_of (str): ISO-8601 timestamp of when this data was last updated. Example: 2026-06-03T12:00:00Z.
        citation (None | str): Required attribution when republishing this data, or null when results span multiple
            sources (attribute each item individually by its `source` discriminator). Example: Source: Artificial Analysis
            (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings)..
        model_count (int): Number of unique models in the response.
        source (None | UnifiedBenchmarksMetaSourceType1 | UnifiedBenchmarksMetaSourceType2Type1 |
            UnifiedBenchmarksMetaSourceType3Type1): The source filter applied, or null when all sources are returned.
            Example: artificial-analysis.
        source_url (None | str): URL of the upstream data source, or null when results span multiple sources. Example:
            https://artificialanalysis.ai.
        task_type (None | str): The task_type filter applied, or null if showing all.
        version (UnifiedBenchmarksMetaVersion): Dataset version.
    """

    as_of: str
    citation: None | str
    model_count: int
    source: (
        None
        | UnifiedBenchmarksMetaSourceType1
        | UnifiedBenchmarksMetaSourceType2Type1
        | UnifiedBenchmarksMetaSourceType3Type1
    )
    source_url: None | str
    task_type: None | str
    version: UnifiedBenchmarksMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "as_of",
        "citation",
        "model_count",
        "source",
        "source_url",
        "task_type",
        "version",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "as_of"
            as_of = d.pop("as_of")

            _at_field_ = "citation"
            citation = d.pop("citation")
            if not isinstance(citation, (str, _NoneType)):
                citation = _parse_union(
                    citation,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "model_count"
            model_count = d.pop("model_count")

            _at_field_ = "source"
            source = d.pop("source")
            if not isinstance(source, (_NoneType,)):

                def _source_member_1(data: object) -> UnifiedBenchmarksMetaSourceType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    source_type_1 = check_unified_benchmarks_meta_source_type_1(data)

                    return source_type_1

                def _source_member_2(data: object) -> UnifiedBenchmarksMetaSourceType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    source_type_2_type_1 = check_unified_benchmarks_meta_source_type_2_type_1(data)

                    return source_type_2_type_1

                def _source_member_3(data: object) -> UnifiedBenchmarksMetaSourceType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    source_type_3_type_1 = check_unified_benchmarks_meta_source_type_3_type_1(data)

                    return source_type_3_type_1

                source = _parse_union(
                    source,
                    (
                        ("UnifiedBenchmarksMetaSourceType1", _source_member_1),
                        ("UnifiedBenchmarksMetaSourceType2Type1", _source_member_2),
                        ("UnifiedBenchmarksMetaSourceType3Type1", _source_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "source_url"
            source_url = d.pop("source_url")
            if not isinstance(source_url, (str, _NoneType)):
                source_url = _parse_union(
                    source_url,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "task_type"
            task_type = d.pop("task_type")
            if not isinstance(task_type, (str, _NoneType)):
                task_type = _parse_union(
                    task_type,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "version"
            version = check_unified_benchmarks_meta_version(d.pop("version"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_meta = cls(
            as_of=as_of,
            citation=citation,
            model_count=model_count,
            source=source,
            source_url=source_url,
            task_type=task_type,
            version=version,
        )

        unified_benchmarks_meta.additional_properties = d
        return unified_benchmarks_meta
