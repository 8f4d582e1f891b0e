from typing import Literal

ParetoRouterPluginPriceSource = Literal["prompt", "weighted_avg"]

PARETO_ROUTER_PLUGIN_PRICE_SOURCE_VALUES: set[ParetoRouterPluginPriceSource] = {
    "prompt",
    "weighted_avg",
}


def check_pareto_router_plugin_price_source(
    value: str,
) -> ParetoRouterPluginPriceSource:
    if value in PARETO_ROUTER_PLUGIN_PRICE_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARETO_ROUTER_PLUGIN_PRICE_SOURCE_VALUES!r}"
    )
