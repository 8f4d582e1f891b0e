from typing import Literal

ParetoRouterPluginId = Literal["pareto-router"]

PARETO_ROUTER_PLUGIN_ID_VALUES: set[ParetoRouterPluginId] = {
    "pareto-router",
}


def check_pareto_router_plugin_id(value: str) -> ParetoRouterPluginId:
    if value in PARETO_ROUTER_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARETO_ROUTER_PLUGIN_ID_VALUES!r}"
    )
