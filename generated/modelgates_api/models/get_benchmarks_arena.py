from typing import Literal

from ..types import check_enum

GetBenchmarksArena = Literal["agents", "builders", "models"] | str

GET_BENCHMARKS_ARENA_VALUES: set[GetBenchmarksArena] = {
    "agents",
    "builders",
    "models",
}


def check_get_benchmarks_arena(value: str) -> GetBenchmarksArena:
    return check_enum(value, GET_BENCHMARKS_ARENA_VALUES, "GetBenchmarksArena")
