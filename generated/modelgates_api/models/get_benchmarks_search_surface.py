from typing import Literal

from ..types import check_enum

GetBenchmarksSearchSurface = Literal["plugin", "server-tool"] | str

GET_BENCHMARKS_SEARCH_SURFACE_VALUES: set[GetBenchmarksSearchSurface] = {
    "plugin",
    "server-tool",
}


def check_get_benchmarks_search_surface(value: str) -> GetBenchmarksSearchSurface:
    return check_enum(value, GET_BENCHMARKS_SEARCH_SURFACE_VALUES, "GetBenchmarksSearchSurface")
