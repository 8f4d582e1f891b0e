from typing import Literal

from ..types import check_enum

UnifiedBenchmarksDAItemSource = Literal["design-arena"] | str

UNIFIED_BENCHMARKS_DA_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksDAItemSource] = {
    "design-arena",
}


def check_unified_benchmarks_da_item_source(value: str) -> UnifiedBenchmarksDAItemSource:
    return check_enum(value, UNIFIED_BENCHMARKS_DA_ITEM_SOURCE_VALUES, "UnifiedBenchmarksDAItemSource")
