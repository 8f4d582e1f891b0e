from typing import Literal

GetBenchmarksSource = Literal["artificial-analysis", "design-arena", "openrouter"]

GET_BENCHMARKS_SOURCE_VALUES: set[GetBenchmarksSource] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_get_benchmarks_source(value: str) -> GetBenchmarksSource:
    if value in GET_BENCHMARKS_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BENCHMARKS_SOURCE_VALUES!r}"
    )
