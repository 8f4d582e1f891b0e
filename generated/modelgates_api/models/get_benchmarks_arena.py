from typing import Literal

GetBenchmarksArena = Literal["agents", "builders", "models"]

GET_BENCHMARKS_ARENA_VALUES: set[GetBenchmarksArena] = {
    "agents",
    "builders",
    "models",
}


def check_get_benchmarks_arena(value: str) -> GetBenchmarksArena:
    if value in GET_BENCHMARKS_ARENA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BENCHMARKS_ARENA_VALUES!r}"
    )
