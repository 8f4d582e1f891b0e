from typing import Literal

from ..types import check_enum

AutoBetaRouterPluginCostTier = Literal["high", "low", "max", "medium", "xhigh"] | str

AUTO_BETA_ROUTER_PLUGIN_COST_TIER_VALUES: set[AutoBetaRouterPluginCostTier] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_auto_beta_router_plugin_cost_tier(value: str) -> AutoBetaRouterPluginCostTier:
    return check_enum(value, AUTO_BETA_ROUTER_PLUGIN_COST_TIER_VALUES, "AutoBetaRouterPluginCostTier")
