from typing import Literal

from ..types import check_enum

UnifiedBenchmarksMetaSourceType2Type1 = Literal["artificial-analysis", "design-arena", "openrouter"] | str

UNIFIED_BENCHMARKS_META_SOURCE_TYPE_2_TYPE_1_VALUES: set[UnifiedBenchmarksMetaSourceType2Type1] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_unified_benchmarks_meta_source_type_2_type_1(value: str) -> UnifiedBenchmarksMetaSourceType2Type1:
    return check_enum(
        value, UNIFIED_BENCHMARKS_META_SOURCE_TYPE_2_TYPE_1_VALUES, "UnifiedBenchmarksMetaSourceType2Type1"
    )
