from typing import Literal

from ..types import check_enum

GetBenchmarksTaskType = Literal["agentic", "coding", "intelligence", "search"] | str

GET_BENCHMARKS_TASK_TYPE_VALUES: set[GetBenchmarksTaskType] = {
    "agentic",
    "coding",
    "intelligence",
    "search",
}


def check_get_benchmarks_task_type(value: str) -> GetBenchmarksTaskType:
    return check_enum(value, GET_BENCHMARKS_TASK_TYPE_VALUES, "GetBenchmarksTaskType")
