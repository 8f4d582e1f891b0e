from typing import Literal

from ..types import check_enum

AutoRouterPluginCostTier = Literal["high", "low", "max", "medium", "xhigh"] | str

AUTO_ROUTER_PLUGIN_COST_TIER_VALUES: set[AutoRouterPluginCostTier] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_auto_router_plugin_cost_tier(value: str) -> AutoRouterPluginCostTier:
    return check_enum(value, AUTO_ROUTER_PLUGIN_COST_TIER_VALUES, "AutoRouterPluginCostTier")
