from typing import Literal

from ..types import check_enum

AutoBetaRouterPluginId = Literal["auto-beta-router"] | str

AUTO_BETA_ROUTER_PLUGIN_ID_VALUES: set[AutoBetaRouterPluginId] = {
    "auto-beta-router",
}


def check_auto_beta_router_plugin_id(value: str) -> AutoBetaRouterPluginId:
    return check_enum(value, AUTO_BETA_ROUTER_PLUGIN_ID_VALUES, "AutoBetaRouterPluginId")
