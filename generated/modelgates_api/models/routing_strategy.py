from typing import Literal

RoutingStrategy = Literal[
    "alias",
    "auto",
    "bodybuilder",
    "direct",
    "fallback",
    "free",
    "fusion",
    "latest",
    "pareto",
]

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
    if value in ROUTING_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROUTING_STRATEGY_VALUES!r}"
    )
