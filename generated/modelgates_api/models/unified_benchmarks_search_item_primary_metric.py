from typing import Literal

from ..types import check_enum

UnifiedBenchmarksSearchItemPrimaryMetric = Literal["accuracy", "f1_by_item"] | str

UNIFIED_BENCHMARKS_SEARCH_ITEM_PRIMARY_METRIC_VALUES: set[UnifiedBenchmarksSearchItemPrimaryMetric] = {
    "accuracy",
    "f1_by_item",
}


def check_unified_benchmarks_search_item_primary_metric(value: str) -> UnifiedBenchmarksSearchItemPrimaryMetric:
    return check_enum(
        value, UNIFIED_BENCHMARKS_SEARCH_ITEM_PRIMARY_METRIC_VALUES, "UnifiedBenchmarksSearchItemPrimaryMetric"
    )
