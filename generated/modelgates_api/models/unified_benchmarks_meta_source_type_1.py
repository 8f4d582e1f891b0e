from typing import Literal

from ..types import check_enum

UnifiedBenchmarksMetaSourceType1 = Literal["artificial-analysis", "design-arena", "openrouter"] | str

UNIFIED_BENCHMARKS_META_SOURCE_TYPE_1_VALUES: set[UnifiedBenchmarksMetaSourceType1] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_unified_benchmarks_meta_source_type_1(value: str) -> UnifiedBenchmarksMetaSourceType1:
    return check_enum(value, UNIFIED_BENCHMARKS_META_SOURCE_TYPE_1_VALUES, "UnifiedBenchmarksMetaSourceType1")
