from typing import Literal

UnifiedBenchmarksSearchItemSearchSurface = Literal["plugin", "server-tool"]

UNIFIED_BENCHMARKS_SEARCH_ITEM_SEARCH_SURFACE_VALUES: set[
    UnifiedBenchmarksSearchItemSearchSurface
] = {
    "plugin",
    "server-tool",
}


def check_unified_benchmarks_search_item_search_surface(
    value: str,
) -> UnifiedBenchmarksSearchItemSearchSurface:
    if value in UNIFIED_BENCHMARKS_SEARCH_ITEM_SEARCH_SURFACE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_SEARCH_ITEM_SEARCH_SURFACE_VALUES!r}"
    )
