from typing import Literal

from ..types import check_enum

UnifiedBenchmarksORItemSource = Literal["openrouter"] | str

UNIFIED_BENCHMARKS_OR_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksORItemSource] = {
    "openrouter",
}


def check_unified_benchmarks_or_item_source(value: str) -> UnifiedBenchmarksORItemSource:
    return check_enum(value, UNIFIED_BENCHMARKS_OR_ITEM_SOURCE_VALUES, "UnifiedBenchmarksORItemSource")
