from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, guarded as _guarded, union_field as _union_field


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

    _required_ = (
        "as_of",
        (
            "citation",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "model_count",
        (
            "source",
            _union_field(
                (
                    ("UnifiedBenchmarksMetaSourceType1", _guarded((str,), check_unified_benchmarks_meta_source_type_1)),
                    (
                        "UnifiedBenchmarksMetaSourceType2Type1",
                        _guarded((str,), check_unified_benchmarks_meta_source_type_2_type_1),
                    ),
                    (
                        "UnifiedBenchmarksMetaSourceType3Type1",
                        _guarded((str,), check_unified_benchmarks_meta_source_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "source_url",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "task_type",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("version", check_unified_benchmarks_meta_version),
    )
