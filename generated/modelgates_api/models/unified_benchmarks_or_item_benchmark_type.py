from typing import Literal

from ..types import check_enum

UnifiedBenchmarksORItemBenchmarkType = Literal["gpqa_diamond", "tau_bench_verified_airline"] | str

UNIFIED_BENCHMARKS_OR_ITEM_BENCHMARK_TYPE_VALUES: set[UnifiedBenchmarksORItemBenchmarkType] = {
    "gpqa_diamond",
    "tau_bench_verified_airline",
}


def check_unified_benchmarks_or_item_benchmark_type(value: str) -> UnifiedBenchmarksORItemBenchmarkType:
    return check_enum(value, UNIFIED_BENCHMARKS_OR_ITEM_BENCHMARK_TYPE_VALUES, "UnifiedBenchmarksORItemBenchmarkType")
