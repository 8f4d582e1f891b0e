from typing import Literal

from ..types import check_enum

UnifiedBenchmarksSearchItemSearchSurface = Literal["plugin", "server-tool"] | str

UNIFIED_BENCHMARKS_SEARCH_ITEM_SEARCH_SURFACE_VALUES: set[UnifiedBenchmarksSearchItemSearchSurface] = {
    "plugin",
    "server-tool",
}


def check_unified_benchmarks_search_item_search_surface(value: str) -> UnifiedBenchmarksSearchItemSearchSurface:
    return check_enum(
        value, UNIFIED_BENCHMARKS_SEARCH_ITEM_SEARCH_SURFACE_VALUES, "UnifiedBenchmarksSearchItemSearchSurface"
    )
