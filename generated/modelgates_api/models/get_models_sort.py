from typing import Literal

from ..types import check_enum

GetModelsSort = (
    Literal[
        "agentic-high-to-low",
        "coding-high-to-low",
        "context-high-to-low",
        "design-arena-elo-high-to-low",
        "intelligence-high-to-low",
        "latency-low-to-high",
        "most-popular",
        "newest",
        "pricing-high-to-low",
        "pricing-low-to-high",
        "throughput-high-to-low",
        "top-weekly",
    ]
    | str
)

GET_MODELS_SORT_VALUES: set[GetModelsSort] = {
    "agentic-high-to-low",
    "coding-high-to-low",
    "context-high-to-low",
    "design-arena-elo-high-to-low",
    "intelligence-high-to-low",
    "latency-low-to-high",
    "most-popular",
    "newest",
    "pricing-high-to-low",
    "pricing-low-to-high",
    "throughput-high-to-low",
    "top-weekly",
}


def check_get_models_sort(value: str) -> GetModelsSort:
    return check_enum(value, GET_MODELS_SORT_VALUES, "GetModelsSort")
