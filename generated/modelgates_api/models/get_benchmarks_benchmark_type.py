from typing import Literal

from ..types import check_enum

GetBenchmarksBenchmarkType = (
    Literal[
        "gpqa_diamond",
        "search_browsecomp",
        "search_dsqa",
        "search_hle",
        "search_widesearch",
        "tau_bench_verified_airline",
    ]
    | str
)

GET_BENCHMARKS_BENCHMARK_TYPE_VALUES: set[GetBenchmarksBenchmarkType] = {
    "gpqa_diamond",
    "search_browsecomp",
    "search_dsqa",
    "search_hle",
    "search_widesearch",
    "tau_bench_verified_airline",
}


def check_get_benchmarks_benchmark_type(value: str) -> GetBenchmarksBenchmarkType:
    return check_enum(value, GET_BENCHMARKS_BENCHMARK_TYPE_VALUES, "GetBenchmarksBenchmarkType")
