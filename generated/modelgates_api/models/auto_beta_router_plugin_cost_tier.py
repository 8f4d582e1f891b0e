from typing import Literal

AutoBetaRouterPluginCostTier = Literal["high", "low", "max", "medium", "xhigh"]

AUTO_BETA_ROUTER_PLUGIN_COST_TIER_VALUES: set[AutoBetaRouterPluginCostTier] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_auto_beta_router_plugin_cost_tier(value: str) -> AutoBetaRouterPluginCostTier:
    if value in AUTO_BETA_ROUTER_PLUGIN_COST_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_BETA_ROUTER_PLUGIN_COST_TIER_VALUES!r}"
    )
