from typing import Literal

UnifiedBenchmarksSearchItemPrimaryMetric = Literal["accuracy", "f1_by_item"]

UNIFIED_BENCHMARKS_SEARCH_ITEM_PRIMARY_METRIC_VALUES: set[
    UnifiedBenchmarksSearchItemPrimaryMetric
] = {
    "accuracy",
    "f1_by_item",
}


def check_unified_benchmarks_search_item_primary_metric(
    value: str,
) -> UnifiedBenchmarksSearchItemPrimaryMetric:
    if value in UNIFIED_BENCHMARKS_SEARCH_ITEM_PRIMARY_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_SEARCH_ITEM_PRIMARY_METRIC_VALUES!r}"
    )
