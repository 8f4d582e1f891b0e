from typing import Literal

from ..types import check_enum

UnifiedBenchmarksSearchItemSource = Literal["openrouter"] | str

UNIFIED_BENCHMARKS_SEARCH_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksSearchItemSource] = {
    "openrouter",
}


def check_unified_benchmarks_search_item_source(value: str) -> UnifiedBenchmarksSearchItemSource:
    return check_enum(value, UNIFIED_BENCHMARKS_SEARCH_ITEM_SOURCE_VALUES, "UnifiedBenchmarksSearchItemSource")
