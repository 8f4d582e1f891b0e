from typing import Literal

UnifiedBenchmarksMetaSourceType3Type1 = Literal[
    "artificial-analysis", "design-arena", "openrouter"
]

UNIFIED_BENCHMARKS_META_SOURCE_TYPE_3_TYPE_1_VALUES: set[
    UnifiedBenchmarksMetaSourceType3Type1
] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_unified_benchmarks_meta_source_type_3_type_1(
    value: str,
) -> UnifiedBenchmarksMetaSourceType3Type1:
    if value in UNIFIED_BENCHMARKS_META_SOURCE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_META_SOURCE_TYPE_3_TYPE_1_VALUES!r}"
    )
