from typing import Literal

UnifiedBenchmarksMetaSourceType1 = Literal[
    "artificial-analysis", "design-arena", "openrouter"
]

UNIFIED_BENCHMARKS_META_SOURCE_TYPE_1_VALUES: set[UnifiedBenchmarksMetaSourceType1] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_unified_benchmarks_meta_source_type_1(
    value: str,
) -> UnifiedBenchmarksMetaSourceType1:
    if value in UNIFIED_BENCHMARKS_META_SOURCE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_META_SOURCE_TYPE_1_VALUES!r}"
    )
