from typing import Literal

UnifiedBenchmarksMetaSourceType2Type1 = Literal[
    "artificial-analysis", "design-arena", "openrouter"
]

UNIFIED_BENCHMARKS_META_SOURCE_TYPE_2_TYPE_1_VALUES: set[
    UnifiedBenchmarksMetaSourceType2Type1
] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_unified_benchmarks_meta_source_type_2_type_1(
    value: str,
) -> UnifiedBenchmarksMetaSourceType2Type1:
    if value in UNIFIED_BENCHMARKS_META_SOURCE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_META_SOURCE_TYPE_2_TYPE_1_VALUES!r}"
    )
