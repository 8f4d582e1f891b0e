from typing import Literal

from ..types import check_enum

UnifiedBenchmarksSearchItemBenchmarkType = (
    Literal["search_browsecomp", "search_dsqa", "search_hle", "search_widesearch"] | str
)

UNIFIED_BENCHMARKS_SEARCH_ITEM_BENCHMARK_TYPE_VALUES: set[UnifiedBenchmarksSearchItemBenchmarkType] = {
    "search_browsecomp",
    "search_dsqa",
    "search_hle",
    "search_widesearch",
}


def check_unified_benchmarks_search_item_benchmark_type(value: str) -> UnifiedBenchmarksSearchItemBenchmarkType:
    return check_enum(
        value, UNIFIED_BENCHMARKS_SEARCH_ITEM_BENCHMARK_TYPE_VALUES, "UnifiedBenchmarksSearchItemBenchmarkType"
    )
