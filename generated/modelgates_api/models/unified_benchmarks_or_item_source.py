from typing import Literal

UnifiedBenchmarksORItemSource = Literal["openrouter"]

UNIFIED_BENCHMARKS_OR_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksORItemSource] = {
    "openrouter",
}


def check_unified_benchmarks_or_item_source(
    value: str,
) -> UnifiedBenchmarksORItemSource:
    if value in UNIFIED_BENCHMARKS_OR_ITEM_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_OR_ITEM_SOURCE_VALUES!r}"
    )
