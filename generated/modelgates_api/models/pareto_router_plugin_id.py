from typing import Literal

from ..types import check_enum

ParetoRouterPluginId = Literal["pareto-router"] | str

PARETO_ROUTER_PLUGIN_ID_VALUES: set[ParetoRouterPluginId] = {
    "pareto-router",
}


def check_pareto_router_plugin_id(value: str) -> ParetoRouterPluginId:
    return check_enum(value, PARETO_ROUTER_PLUGIN_ID_VALUES, "ParetoRouterPluginId")
