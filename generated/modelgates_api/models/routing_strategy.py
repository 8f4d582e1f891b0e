from typing import Literal

from ..types import check_enum

RoutingStrategy = (
    Literal["alias", "auto", "bodybuilder", "direct", "fallback", "free", "fusion", "latest", "pareto"] | str
)

ROUTING_STRATEGY_VALUES: set[RoutingStrategy] = {
    "alias",
    "auto",
    "bodybuilder",
    "direct",
    "fallback",
    "free",
    "fusion",
    "latest",
    "pareto",
}


def check_routing_strategy(value: str) -> RoutingStrategy:
    return check_enum(value, ROUTING_STRATEGY_VALUES, "RoutingStrategy")
