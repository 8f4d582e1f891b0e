from typing import Literal

from ..types import check_enum

ParetoRouterPluginPriceSource = Literal["prompt", "weighted_avg"] | str

PARETO_ROUTER_PLUGIN_PRICE_SOURCE_VALUES: set[ParetoRouterPluginPriceSource] = {
    "prompt",
    "weighted_avg",
}


def check_pareto_router_plugin_price_source(value: str) -> ParetoRouterPluginPriceSource:
    return check_enum(value, PARETO_ROUTER_PLUGIN_PRICE_SOURCE_VALUES, "ParetoRouterPluginPriceSource")
