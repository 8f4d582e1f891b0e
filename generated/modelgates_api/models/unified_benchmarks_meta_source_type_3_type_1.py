from typing import Literal

from ..types import check_enum

UnifiedBenchmarksMetaSourceType3Type1 = Literal["artificial-analysis", "design-arena", "openrouter"] | str

UNIFIED_BENCHMARKS_META_SOURCE_TYPE_3_TYPE_1_VALUES: set[UnifiedBenchmarksMetaSourceType3Type1] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_unified_benchmarks_meta_source_type_3_type_1(value: str) -> UnifiedBenchmarksMetaSourceType3Type1:
    return check_enum(
        value, UNIFIED_BENCHMARKS_META_SOURCE_TYPE_3_TYPE_1_VALUES, "UnifiedBenchmarksMetaSourceType3Type1"
    )
