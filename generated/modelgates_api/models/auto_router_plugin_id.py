from typing import Literal

from ..types import check_enum

AutoRouterPluginId = Literal["auto-router"] | str

AUTO_ROUTER_PLUGIN_ID_VALUES: set[AutoRouterPluginId] = {
    "auto-router",
}


def check_auto_router_plugin_id(value: str) -> AutoRouterPluginId:
    return check_enum(value, AUTO_ROUTER_PLUGIN_ID_VALUES, "AutoRouterPluginId")
