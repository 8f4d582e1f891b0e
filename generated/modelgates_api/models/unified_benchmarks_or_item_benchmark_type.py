from typing import Literal

UnifiedBenchmarksORItemBenchmarkType = Literal[
    "gpqa_diamond", "tau_bench_verified_airline"
]

UNIFIED_BENCHMARKS_OR_ITEM_BENCHMARK_TYPE_VALUES: set[
    UnifiedBenchmarksORItemBenchmarkType
] = {
    "gpqa_diamond",
    "tau_bench_verified_airline",
}


def check_unified_benchmarks_or_item_benchmark_type(
    value: str,
) -> UnifiedBenchmarksORItemBenchmarkType:
    if value in UNIFIED_BENCHMARKS_OR_ITEM_BENCHMARK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_OR_ITEM_BENCHMARK_TYPE_VALUES!r}"
    )
