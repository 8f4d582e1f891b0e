from typing import Literal

UnifiedBenchmarksSearchItemBenchmarkType = Literal[
    "search_browsecomp", "search_dsqa", "search_hle", "search_widesearch"
]

UNIFIED_BENCHMARKS_SEARCH_ITEM_BENCHMARK_TYPE_VALUES: set[
    UnifiedBenchmarksSearchItemBenchmarkType
] = {
    "search_browsecomp",
    "search_dsqa",
    "search_hle",
    "search_widesearch",
}


def check_unified_benchmarks_search_item_benchmark_type(
    value: str,
) -> UnifiedBenchmarksSearchItemBenchmarkType:
    if value in UNIFIED_BENCHMARKS_SEARCH_ITEM_BENCHMARK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_SEARCH_ITEM_BENCHMARK_TYPE_VALUES!r}"
    )
