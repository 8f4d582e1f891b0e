from typing import Literal

from ..types import check_enum

GetBenchmarksSource = Literal["artificial-analysis", "design-arena", "openrouter"] | str

GET_BENCHMARKS_SOURCE_VALUES: set[GetBenchmarksSource] = {
    "artificial-analysis",
    "design-arena",
    "openrouter",
}


def check_get_benchmarks_source(value: str) -> GetBenchmarksSource:
    return check_enum(value, GET_BENCHMARKS_SOURCE_VALUES, "GetBenchmarksSource")
