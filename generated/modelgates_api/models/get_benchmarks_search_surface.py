from typing import Literal

GetBenchmarksSearchSurface = Literal["plugin", "server-tool"]

GET_BENCHMARKS_SEARCH_SURFACE_VALUES: set[GetBenchmarksSearchSurface] = {
    "plugin",
    "server-tool",
}


def check_get_benchmarks_search_surface(value: str) -> GetBenchmarksSearchSurface:
    if value in GET_BENCHMARKS_SEARCH_SURFACE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BENCHMARKS_SEARCH_SURFACE_VALUES!r}"
    )
