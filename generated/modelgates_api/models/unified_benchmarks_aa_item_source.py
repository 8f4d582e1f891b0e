from typing import Literal

from ..types import check_enum

UnifiedBenchmarksAAItemSource = Literal["artificial-analysis"] | str

UNIFIED_BENCHMARKS_AA_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksAAItemSource] = {
    "artificial-analysis",
}


def check_unified_benchmarks_aa_item_source(value: str) -> UnifiedBenchmarksAAItemSource:
    return check_enum(value, UNIFIED_BENCHMARKS_AA_ITEM_SOURCE_VALUES, "UnifiedBenchmarksAAItemSource")
